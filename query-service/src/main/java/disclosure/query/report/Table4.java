package disclosure.query.report;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * 表四 政府信息公开行政复议、行政诉讼情况: per group five counts
 * [结果维持, 结果纠正, 其他结果, 尚未审结, 总计].
 */
public record Table4(
        @JsonProperty("reconsideration") List<Integer> reconsideration,
        @JsonProperty("litigation_direct") List<Integer> litigationDirect,
        @JsonProperty("litigation_after_reconsideration") List<Integer> litigationAfterReconsideration) {

    public static final List<String> COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    public static final int PENDING_COLUMN = 3;
    public static final int TOTAL_COLUMN = 4;

    public Table4 {
        reconsideration = List.copyOf(reconsideration);
        litigationDirect = List.copyOf(litigationDirect);
        litigationAfterReconsideration = List.copyOf(litigationAfterReconsideration);
    }

    public List<Integer> group(AppealTrack track) {
        return switch (track) {
            case RECONSIDERATION -> reconsideration;
            case LITIGATION_DIRECT -> litigationDirect;
            case LITIGATION_AFTER_RECONSIDERATION -> litigationAfterReconsideration;
        };
    }
}

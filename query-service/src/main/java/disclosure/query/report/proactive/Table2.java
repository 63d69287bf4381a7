package disclosure.query.report.proactive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import disclosure.contract.proactive.DocumentKind;
import disclosure.contract.proactive.TallyItem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 表二 主动公开政府信息情况 (STATUTE.md §5): per document kind [本年制发件数, 本年废止件数, 现行有效件数], the numbers of
 * decisions of 行政许可, 行政处罚 and 行政强制, and 行政事业性收费 in 万元 (exact, as a decimal string).
 */
@JsonPropertyOrder({"documentColumns", "documents", "licensing", "punishment", "coercion", "administrativeFees"})
public record Table2(Map<DocumentKind, List<Integer>> documents, int licensing, int punishment, int coercion,
                     String administrativeFees) {
    public static final List<String> DOCUMENT_COLUMNS = List.of("本年制发件数", "本年废止件数", "现行有效件数");
    public static final int ISSUED = 0;
    public static final int REPEALED = 1;
    public static final int IN_FORCE = 2;
    public static final String DECISIONS_COLUMN = "本年处理决定数量";
    public static final String FEES_COLUMN = "本年收费金额（单位：万元）";

    public Table2 {
        Map<DocumentKind, List<Integer>> copy = new LinkedHashMap<>();
        for (DocumentKind kind : DocumentKind.values()) {
            copy.put(kind, List.copyOf(documents.getOrDefault(kind, List.of(0, 0, 0))));
        }
        documents = Collections.unmodifiableMap(copy);
    }

    @JsonProperty
    public List<String> documentColumns() {
        return DOCUMENT_COLUMNS;
    }

    public int documents(DocumentKind kind, int column) {
        return documents.get(kind).get(column);
    }

    /** The figure of a tally item as printed: a count, or the amount in 万元. */
    public String figure(TallyItem item) {
        return switch (item) {
            case LICENSING -> Integer.toString(licensing);
            case PUNISHMENT -> Integer.toString(punishment);
            case COERCION -> Integer.toString(coercion);
            case ADMINISTRATIVE_FEES -> administrativeFees;
        };
    }
}

package disclosure.statute.fee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 信息处理费, 国办函〔2020〕109号: the progressive per-request (按件) and per-page (按量) scales, with the
 * calculation spelled out band by band so that staff and applicants can follow it.
 * <p>
 * Per request: one applicant's requests in one calendar month, 1–10 free, 11–30 100 元 each, and from 31 on each
 * further band of 10 costs 100 元 more per request (31–40 200 元, 41–50 300 元 …).
 * Per page: 1–30 free, 31–100 10 元, 101–200 20 元, above 200 40 元 per page.
 */
public final class ProcessingFee {
    private static final String BASIS = "国办函〔2020〕109号";

    private ProcessingFee() {
    }

    /** One band of the scale applied: {@code count} requests or pages, from {@code first} to {@code last}. */
    public record Band(int first, int last, int priceYuan) {
        public int count() {
            return last - first + 1;
        }

        public BigDecimal amountYuan() {
            return BigDecimal.valueOf((long) count() * priceYuan);
        }
    }

    /**
     * The fee and how it was reached.
     *
     * @param unit        件 or 页
     * @param quantity    the number of requests in the month, or of pages
     * @param bands       the bands of the scale the quantity reaches, free ones included
     * @param totalYuan   the sum of the bands
     * @param calculation the bands in words, e.g. "第1–10件免费；第11–30件 20件×100元=2000元；…合计3000元"
     */
    public record Calculation(String unit, int quantity, List<Band> bands, BigDecimal totalYuan, String calculation,
                              String basis) {
        public Calculation {
            bands = List.copyOf(bands);
        }
    }

    /** 按件计收: the fee for {@code requestsInMonth} requests of one applicant in one calendar month. */
    public static Calculation perRequest(int requestsInMonth) {
        requireNonNegative(requestsInMonth);
        List<Band> bands = new ArrayList<>();
        addBand(bands, 1, 10, 0, requestsInMonth);
        addBand(bands, 11, 30, 100, requestsInMonth);
        for (int first = 31, price = 200; first <= requestsInMonth; first += 10, price += 100) {
            addBand(bands, first, first + 9, price, requestsInMonth);
        }
        return calculation("件", requestsInMonth, bands);
    }

    /** 按量计收: the fee for {@code pages} pages of one request. */
    public static Calculation perPage(int pages) {
        requireNonNegative(pages);
        List<Band> bands = new ArrayList<>();
        addBand(bands, 1, 30, 0, pages);
        addBand(bands, 31, 100, 10, pages);
        addBand(bands, 101, 200, 20, pages);
        addBand(bands, 201, Integer.MAX_VALUE, 40, pages);
        return calculation("页", pages, bands);
    }

    private static void addBand(List<Band> bands, int first, int last, int price, int quantity) {
        if (quantity >= first) {
            bands.add(new Band(first, Math.min(last, quantity), price));
        }
    }

    private static Calculation calculation(String unit, int quantity, List<Band> bands) {
        BigDecimal total = bands.stream().map(Band::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        String steps = bands.stream().map(band -> band.priceYuan() == 0
                        ? "第%d–%d%s免费".formatted(band.first(), band.last(), unit)
                        : "第%d–%d%s %d%s×%d元=%s元".formatted(band.first(), band.last(), unit, band.count(), unit,
                        band.priceYuan(), band.amountYuan().toPlainString()))
                .collect(Collectors.joining("；"));
        String text = "共%d%s：%s；合计%s元".formatted(quantity, unit, bands.isEmpty() ? "无" : steps,
                total.toPlainString());
        return new Calculation(unit, quantity, bands, total, text, BASIS);
    }

    private static void requireNonNegative(int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("数量不能为负数 / quantity must not be negative: " + quantity);
        }
    }
}

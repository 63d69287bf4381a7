package disclosure.query.report.full;

import disclosure.contract.proactive.DocumentKind;
import disclosure.contract.proactive.TallyItem;
import disclosure.query.report.AppealTrack;
import disclosure.query.report.Table3;
import disclosure.query.report.Table3Row;
import disclosure.query.report.Table4;
import disclosure.query.report.full.FullReport.Figure;
import disclosure.query.report.proactive.Table2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 文字部分可引用的数字: every figure the prose of parts 一, 五 and 六 may carry, by the name staff write in a template
 * ({@code {{本年新收}}}), with its value and its source — a cell of a table ({@code table3:new:6}), a sum of cells,
 * or a count with its own drill-down ({@code applications:late}, {@code fees:collected}).
 */
public final class Figures {
    private final Map<String, Figure> byName = new LinkedHashMap<>();

    Figures(int year, String agency, Table2 table2, Table3 table3, Table4 table4, long late, FullReport.Fees fees) {
        put("年度", Integer.toString(year), "year");
        put("主体", agency == null ? "全市各单位" : "本机关", "agency");
        put("机关", agency == null ? "全市" : agency, "agency");
        table3Figure("本年新收", table3, Table3Row.NEW);
        table3Figure("上年结转", table3, Table3Row.CARRIED_OVER);
        table3Figure("本年办结", table3, Table3Row.TOTAL);
        table3Figure("结转下年", table3, Table3Row.CARRIED_FORWARD);
        put("逾期办结", Long.toString(late), "applications:late");
        put("按期办结", Long.toString(table3.cell(Table3Row.TOTAL, Table3.TOTAL_COLUMN) - late),
                "table3:total:6 - applications:late");
        documentFigures(table2, DocumentKind.REGULATION, "规章");
        documentFigures(table2, DocumentKind.NORMATIVE_DOCUMENT, "规范性文件");
        for (TallyItem item : TallyItem.values()) {
            put(item.label() + (item.isAmount() ? "万元" : ""), table2.figure(item), "table2:" + item.name());
        }
        put("行政复议", Integer.toString(table4.reconsideration().get(Table4.TOTAL_COLUMN)),
                "table4:RECONSIDERATION:4");
        put("行政诉讼", Integer.toString(table4.litigationDirect().get(Table4.TOTAL_COLUMN)
                        + table4.litigationAfterReconsideration().get(Table4.TOTAL_COLUMN)),
                "table4:LITIGATION_DIRECT:4 + table4:LITIGATION_AFTER_RECONSIDERATION:4");
        int corrected = 0;
        for (AppealTrack track : AppealTrack.values()) {
            corrected += table4.group(track).get(1);
        }
        put("复议诉讼被纠正", Integer.toString(corrected),
                "table4:RECONSIDERATION:1 + table4:LITIGATION_DIRECT:1 + table4:LITIGATION_AFTER_RECONSIDERATION:1");
        put("信息处理费元", fees.collectedYuan(), "fees:collected");
        put("信息处理费笔数", Long.toString(fees.payments()), "fees:collected");
    }

    public Figure get(String name) {
        return byName.get(name);
    }

    public List<Figure> all() {
        return List.copyOf(byName.values());
    }

    public int number(String name) {
        return Integer.parseInt(byName.get(name).value());
    }

    private void table3Figure(String name, Table3 table3, String rowKey) {
        put(name, Integer.toString(table3.cell(rowKey, Table3.TOTAL_COLUMN)),
                "table3:" + rowKey + ":" + Table3.TOTAL_COLUMN);
    }

    private void documentFigures(Table2 table2, DocumentKind kind, String name) {
        put("制发" + name, Integer.toString(table2.documents(kind, Table2.ISSUED)), "table2:" + kind + ":0");
        put("废止" + name, Integer.toString(table2.documents(kind, Table2.REPEALED)), "table2:" + kind + ":1");
        put("现行有效" + name, Integer.toString(table2.documents(kind, Table2.IN_FORCE)), "table2:" + kind + ":2");
    }

    private void put(String name, String value, String source) {
        byName.put(name, new Figure(name, value, source));
    }
}

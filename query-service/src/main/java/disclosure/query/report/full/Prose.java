package disclosure.query.report.full;

import disclosure.query.report.full.FullReport.Figure;
import disclosure.query.report.full.FullReport.Paragraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 报告文字: the prefilled paragraphs of parts 一, 五 and 六 as templates over {@link Figures}, and how a template
 * becomes text. A figure is written {@code {{本年新收}}}; a number typed as text is kept but listed as untraceable,
 * except the parts of a date (12月31日) and of a document number (〔2020〕109号).
 */
public final class Prose {
    /** Paragraph keys, in print order within their part. */
    public static final String INTRO = "一.说明";
    public static final String PROACTIVE = "一.主动公开";
    public static final String APPLICATIONS = "一.依申请公开";
    public static final String FIGURES_FIVE = "五.情况";
    public static final String PROBLEMS = "五.问题及改进";
    public static final String FEES = "六.信息处理费";
    public static final String PER_REQUEST = "六.按件计收";
    public static final String SUPERIOR_REQUIREMENTS = "六.落实上级要求";
    public static final List<String> KEYS = List.of(INTRO, PROACTIVE, APPLICATIONS, FIGURES_FIVE, PROBLEMS, FEES,
            PER_REQUEST, SUPERIOR_REQUIREMENTS);

    public static final String TO_BE_WRITTEN = "【待填写】";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]+)}}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern EXEMPT_NUMBER = Pattern.compile("\\d+(?=[月日号])|(?<=〔)\\d+(?=〕)");

    private Prose() {
    }

    /** The prefilled templates; the sentence on applications follows the seed report's wording where it fits. */
    static Map<String, String> defaults(Figures figures, FullReport.Fees fees) {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put(INTRO, "根据《中华人民共和国政府信息公开条例》，现将{{机关}}{{年度}}年政府信息公开工作年度报告予以公布。"
                + "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                + "存在的主要问题及改进情况和其他需要报告的事项。本报告所列统计数字的时限自{{年度}}年1月1日起至{{年度}}年12月31日止。");
        templates.put(PROACTIVE, "{{年度}}年度，{{主体}}制发规章{{制发规章}}件、行政规范性文件{{制发规范性文件}}件，"
                + "废止规章{{废止规章}}件、行政规范性文件{{废止规范性文件}}件；截至年底，现行有效规章{{现行有效规章}}件、"
                + "行政规范性文件{{现行有效规范性文件}}件。作出行政许可决定{{行政许可}}件、行政处罚决定{{行政处罚}}件、"
                + "行政强制决定{{行政强制}}件，收取行政事业性收费{{行政事业性收费万元}}万元。");
        templates.put(APPLICATIONS, applicationsSentence(figures));
        templates.put(FIGURES_FIVE, figures.number("逾期办结") == 0 && figures.number("复议诉讼被纠正") == 0
                ? "{{年度}}年度，{{主体}}办理政府信息公开申请未出现逾期答复；涉及政府信息公开的行政复议{{行政复议}}件、"
                + "行政诉讼{{行政诉讼}}件，未出现被纠正的情形。"
                : "{{年度}}年度，{{主体}}逾期答复政府信息公开申请{{逾期办结}}件；涉及政府信息公开的行政复议{{行政复议}}件、"
                + "行政诉讼{{行政诉讼}}件，其中结果被纠正{{复议诉讼被纠正}}件。");
        templates.put(PROBLEMS, TO_BE_WRITTEN + "存在的主要问题及改进情况。");
        templates.put(FEES, "（一）依据《政府信息公开信息处理费管理办法》收取信息处理费的情况："
                + (fees.payments() == 0 ? "本年度未产生信息公开处理费。"
                : "按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定的收费标准，"
                + "本年度共收取信息处理费{{信息处理费元}}元（{{信息处理费笔数}}笔）。"));
        templates.put(PER_REQUEST, fees.perRequest().isEmpty() ? ""
                : "按件计收标准（同一申请人一个自然月内申请数量）：" + String.join("；", fees.perRequest().stream()
                .map(fee -> "申请人" + fee.applicant() + "于" + fee.month() + fee.calculation()).toList()) + "。");
        templates.put(SUPERIOR_REQUIREMENTS, "（二）本行政机关落实上级年度政务公开工作要求情况：" + TO_BE_WRITTEN);
        return templates;
    }

    private static String applicationsSentence(Figures figures) {
        if (figures.number("本年新收") == 0 && figures.number("上年结转") == 0) {
            return "{{年度}}年度{{主体}}未收到政府信息公开申请。";
        }
        if (figures.number("上年结转") == 0 && figures.number("结转下年") == 0 && figures.number("逾期办结") == 0) {
            return "{{年度}}年度{{主体}}收到依申请公开{{本年新收}}件，已经按期办结。";
        }
        return "{{年度}}年度{{主体}}收到依申请公开{{本年新收}}件，上年结转{{上年结转}}件；办结{{本年办结}}件，"
                + "其中按期办结{{按期办结}}件、逾期办结{{逾期办结}}件；结转下年度继续办理{{结转下年}}件。";
    }

    /** The figure names a template uses that are not figures of the report. */
    public static List<String> unknownFigures(String template, Collection<String> figureNames) {
        List<String> unknown = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!figureNames.contains(matcher.group(1).strip())) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    static Paragraph render(String key, String template, boolean edited, Figures figures) {
        List<Figure> used = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            Figure figure = figures.get(matcher.group(1).strip());
            String value = figure == null ? matcher.group() : figure.value();
            if (figure != null && !used.contains(figure)) {
                used.add(figure);
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        String typed = EXEMPT_NUMBER.matcher(PLACEHOLDER.matcher(template).replaceAll(" ")).replaceAll(" ");
        List<String> untraceable = new ArrayList<>();
        Matcher number = NUMBER.matcher(typed);
        while (number.find()) {
            untraceable.add(number.group());
        }
        return new Paragraph(key, text.toString(), template, used, edited, untraceable);
    }
}

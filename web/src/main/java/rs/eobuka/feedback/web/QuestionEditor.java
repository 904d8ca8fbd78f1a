package rs.eobuka.feedback.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import rs.eobuka.feedback.Question;
import rs.eobuka.feedback.QuestionDraft;
import rs.eobuka.feedback.QuestionKind;
import rs.eobuka.feedback.QuestionMeasure;
import rs.eobuka.platform.i18n.LocalizedText;

/** One question as the questionnaire editor holds it, every text in the three languages. */
public class QuestionEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private QuestionKind kind = QuestionKind.RATING;
    private boolean required = true;
    private QuestionMeasure measure;
    private final TextEditor text = new TextEditor();
    private final TextEditor lowLabel = new TextEditor();
    private final TextEditor highLabel = new TextEditor();
    private final List<OptionEditor> options = new ArrayList<>();

    /** A text's three languages. */
    public static class TextEditor implements Serializable {
        private static final long serialVersionUID = 1L;
        private String srLatn;
        private String srCyrl;
        private String en;

        void set(LocalizedText value) {
            if (value != null) {
                srLatn = value.getSrLatn();
                srCyrl = value.getSrCyrl();
                en = value.getEn();
            }
        }

        LocalizedText text() {
            return new LocalizedText(strip(srLatn), strip(srCyrl), strip(en));
        }

        private static String strip(String value) {
            return value == null ? null : value.strip();
        }

        public String getSrLatn() { return srLatn; }
        public void setSrLatn(String srLatn) { this.srLatn = srLatn; }
        public String getSrCyrl() { return srCyrl; }
        public void setSrCyrl(String srCyrl) { this.srCyrl = srCyrl; }
        public String getEn() { return en; }
        public void setEn(String en) { this.en = en; }
    }

    /** An option of a choice: a code that stays across versions, and its text. */
    public static class OptionEditor implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private final TextEditor text = new TextEditor();

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public TextEditor getText() { return text; }
    }

    static QuestionEditor of(Question question) {
        QuestionEditor editor = new QuestionEditor();
        editor.kind = question.getKind();
        editor.required = question.isRequired();
        editor.measure = question.getMeasure();
        editor.text.set(question.getText());
        editor.lowLabel.set(question.getLowLabel());
        editor.highLabel.set(question.getHighLabel());
        question.getOptions().forEach(o -> {
            OptionEditor option = new OptionEditor();
            option.code = o.getCode();
            option.text.set(o.getText());
            editor.options.add(option);
        });
        return editor;
    }

    QuestionDraft draft() {
        return new QuestionDraft(kind, required, measure, text.text(), kind.isScale() ? lowLabel.text() : null,
                kind.isScale() ? highLabel.text() : null,
                kind.hasOptions() ? options.stream().map(o -> new QuestionDraft.OptionDraft(o.code == null ? null : o.code.strip(), o.text.text())).toList()
                        : List.of());
    }

    public void addOption() {
        OptionEditor option = new OptionEditor();
        option.code = "OPTION_" + (options.size() + 1);
        options.add(option);
    }

    public void removeOption(OptionEditor option) {
        options.remove(option);
    }

    public QuestionKind getKind() { return kind; }
    public void setKind(QuestionKind kind) { this.kind = kind; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public QuestionMeasure getMeasure() { return measure; }
    public void setMeasure(QuestionMeasure measure) { this.measure = measure; }
    public TextEditor getText() { return text; }
    public TextEditor getLowLabel() { return lowLabel; }
    public TextEditor getHighLabel() { return highLabel; }
    public List<OptionEditor> getOptions() { return options; }
}

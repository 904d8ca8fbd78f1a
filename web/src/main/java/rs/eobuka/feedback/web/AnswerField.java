package rs.eobuka.feedback.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import rs.eobuka.feedback.AnswerInput;

/** What the respondent has entered for one question, kept across postbacks so nothing typed is lost. */
public class AnswerField implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long questionId;
    private Integer value;
    private Long option;
    private Long[] options = new Long[0];
    private String text;

    AnswerField(long questionId) {
        this.questionId = questionId;
    }

    AnswerInput input() {
        List<Long> chosen = option != null ? List.of(option) : Arrays.asList(options == null ? new Long[0] : options);
        return new AnswerInput(questionId, value, chosen, text);
    }

    public Integer getValue() { return value; }
    public void setValue(Integer value) { this.value = value; }
    public Long getOption() { return option; }
    public void setOption(Long option) { this.option = option; }
    public Long[] getOptions() { return options; }
    public void setOptions(Long[] options) { this.options = options; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}

package rs.eobuka.impact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * A notable quote: a free-text answer from the report's scope, copied as it was, with where it
 * was said (the session or event and the month), never who said it.
 */
@Embeddable
public class ImpactQuote implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "answer_id")
    private long answerId;
    private String quote;
    private String context;

    protected ImpactQuote() {
    }

    public ImpactQuote(long answerId, String quote, String context) {
        this.answerId = answerId;
        this.quote = quote;
        this.context = context;
    }

    public long getAnswerId() { return answerId; }
    public String getQuote() { return quote; }
    public String getContext() { return context; }
}

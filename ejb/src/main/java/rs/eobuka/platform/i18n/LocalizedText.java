package rs.eobuka.platform.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * One text in Serbian Latin, Serbian Cyrillic and English, as content that users write (a
 * question, an option) is kept. Embedded with its columns named by the owner
 * ({@code @AttributeOverride}); a missing translation falls back to Serbian Latin.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "sr_latn")
    private String srLatn;
    @Column(name = "sr_cyrl")
    private String srCyrl;
    @Column(name = "en")
    private String en;

    protected LocalizedText() {
    }

    public LocalizedText(String srLatn, String srCyrl, String en) {
        this.srLatn = srLatn;
        this.srCyrl = srCyrl;
        this.en = en;
    }

    public String in(Language language) {
        String text = switch (language) {
            case SR_LATN -> srLatn;
            case SR_CYRL -> srCyrl;
            case EN -> en;
        };
        return text == null || text.isBlank() ? srLatn : text;
    }

    public String getSrLatn() {
        return srLatn;
    }

    public String getSrCyrl() {
        return srCyrl;
    }

    public String getEn() {
        return en;
    }

    public boolean isComplete() {
        return notBlank(srLatn) && notBlank(srCyrl) && notBlank(en);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && Objects.equals(srLatn, that.srLatn)
                && Objects.equals(srCyrl, that.srCyrl) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(srLatn, srCyrl, en);
    }
}

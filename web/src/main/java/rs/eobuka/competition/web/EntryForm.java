package rs.eobuka.competition.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import rs.eobuka.competition.EntryDraft;

/**
 * What a citizen has typed and uploaded into the entry form of a competition's page, kept in the
 * view across refusals: images already received stay received, fields keep their text.
 */
public class EntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An image as uploaded, before the entry is sent (it is checked and re-encoded on arrival, and again on submission). */
    public record Image(String fileName, long size, byte[] bytes) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** The size for people: kilobytes, rounded up. */
        public long kilobytes() {
            return (size + 1023) / 1024;
        }
    }

    private String category;
    private String lsguCode;
    private String name;
    private String email;
    private String title;
    private String description;
    private String link1;
    private String link2;
    private String link3;
    private boolean consent;
    private final List<Image> images = new ArrayList<>();

    EntryDraft draft() {
        return new EntryDraft(category, lsguCode, name, email, title, description,
                Stream.of(link1, link2, link3).filter(l -> l != null && !l.isBlank()).toList(), consent);
    }

    List<byte[]> imageBytes() {
        return images.stream().map(Image::bytes).toList();
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getLsguCode() { return lsguCode; }
    public void setLsguCode(String lsguCode) { this.lsguCode = lsguCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getLink1() { return link1; }
    public void setLink1(String link1) { this.link1 = link1; }
    public String getLink2() { return link2; }
    public void setLink2(String link2) { this.link2 = link2; }
    public String getLink3() { return link3; }
    public void setLink3(String link3) { this.link3 = link3; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public List<Image> getImages() { return images; }
}

package rs.eobuka.competition;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One image of an entry, as re-encoded on arrival ({@link EntryImages}): no file on disk, no metadata of the sender's camera. */
@Entity
@Table(name = "competition_entry_image")
public class EntryImage {

    @Id
    @SequenceGenerator(name = "competition_entry_image_seq", sequenceName = "competition_entry_image_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competition_entry_image_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private CompetitionEntry entry;
    private int position;
    @Column(name = "content_type")
    private String contentType;
    private int width;
    private int height;
    @Basic(fetch = FetchType.LAZY)
    private byte[] bytes;

    protected EntryImage() {
        // for JPA
    }

    EntryImage(CompetitionEntry entry, int position, EntryImages.Encoded image) {
        this.entry = entry;
        this.position = position;
        this.contentType = image.contentType();
        this.width = image.width();
        this.height = image.height();
        this.bytes = image.bytes();
    }

    public Long getId() {
        return id;
    }

    public CompetitionEntry getEntry() {
        return entry;
    }

    public int getPosition() {
        return position;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public byte[] getBytes() {
        return bytes;
    }
}

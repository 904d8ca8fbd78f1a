package rs.eobuka.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import rs.eobuka.platform.privacy.NotPersonalData;

/**
 * A city, municipality or city municipality of Serbia. Reference data: read-only for the
 * application, written only by migrations.
 */
@NotPersonalData(columns = {"name_latn", "name_cyrl"}, why = "a municipality's or city's name")
@Entity
@Table(name = "lsgu")
@Cacheable
@NamedQuery(name = LocalSelfGovernmentUnit.FIND_REGIONS,
        query = "select distinct u.regionLatn, u.regionCyrl from LocalSelfGovernmentUnit u where u.inScope = true order by u.regionLatn")
@NamedQuery(name = LocalSelfGovernmentUnit.FIND_DISTRICTS,
        query = "select distinct u.districtLatn, u.districtCyrl, u.districtIso from LocalSelfGovernmentUnit u"
                + " where u.inScope = true and (:region is null or u.regionLatn = :region) order by u.districtIso")
public class LocalSelfGovernmentUnit {

    public static final String FIND_REGIONS = "LocalSelfGovernmentUnit.findRegions";
    public static final String FIND_DISTRICTS = "LocalSelfGovernmentUnit.findDistricts";

    @Id
    private String code;
    @Column(name = "name_latn")
    private String nameLatn;
    @Column(name = "name_cyrl")
    private String nameCyrl;
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type")
    private LsguType type;
    @Column(name = "parent_code")
    private String parentCode;
    @Column(name = "district_latn")
    private String districtLatn;
    @Column(name = "district_cyrl")
    private String districtCyrl;
    @Column(name = "district_iso")
    private String districtIso;
    @Column(name = "region_latn")
    private String regionLatn;
    @Column(name = "region_cyrl")
    private String regionCyrl;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Column(name = "in_scope")
    private boolean inScope;

    protected LocalSelfGovernmentUnit() {
        // for JPA
    }

    /** The name in the given script: Cyrillic when asked for, Latin otherwise. */
    public String name(boolean cyrillic) {
        return cyrillic ? nameCyrl : nameLatn;
    }

    public String district(boolean cyrillic) {
        return cyrillic ? districtCyrl : districtLatn;
    }

    public String region(boolean cyrillic) {
        return cyrillic ? regionCyrl : regionLatn;
    }

    public String getCode() { return code; }
    public String getNameLatn() { return nameLatn; }
    public String getNameCyrl() { return nameCyrl; }
    public LsguType getType() { return type; }
    public String getParentCode() { return parentCode; }
    public String getDistrictLatn() { return districtLatn; }
    public String getDistrictCyrl() { return districtCyrl; }
    public String getDistrictIso() { return districtIso; }
    public String getRegionLatn() { return regionLatn; }
    public String getRegionCyrl() { return regionCyrl; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public boolean isInScope() { return inScope; }
}

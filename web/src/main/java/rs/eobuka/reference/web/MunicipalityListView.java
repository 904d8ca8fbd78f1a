package rs.eobuka.reference.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.platform.web.PagedModel;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.LsguFilter;
import rs.eobuka.reference.LsguService;
import rs.eobuka.reference.NamedArea;

/** The public list of local self-government units, filtered by region and district. */
@Named
@ViewScoped
public class MunicipalityListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LsguService lsgus;

    private String region;
    private String district;
    private String name;
    private LazyDataModel<LocalSelfGovernmentUnit> units;

    @PostConstruct
    void init() {
        units = new PagedModel<>(() -> lsgus.count(filter()), (first, max) -> lsgus.find(filter(), first, max), LocalSelfGovernmentUnit::getCode);
    }

    private LsguFilter filter() {
        return new LsguFilter(region, district, name);
    }

    /** A new region empties a district that is not in it. */
    public void regionChanged() {
        if (district != null && getDistricts().stream().noneMatch(d -> d.key().equals(district))) {
            district = null;
        }
    }

    public List<NamedArea> getRegions() {
        return lsgus.regions();
    }

    public List<NamedArea> getDistricts() {
        return lsgus.districts(region);
    }

    public LazyDataModel<LocalSelfGovernmentUnit> getUnits() { return units; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region == null || region.isBlank() ? null : region; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district == null || district.isBlank() ? null : district; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}

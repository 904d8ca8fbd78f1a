package rs.eobuka.reference.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.LsguFilter;
import rs.eobuka.reference.LsguService;

/** Public: Serbia's local self-government units, optionally by region and district. */
@ApplicationScoped
@Path("municipalities")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    static final int MAX_PAGE = 500;

    @Inject
    LsguService lsgus;

    /** One unit, both scripts; region and district by their Latin names (the filter keys). */
    public record Municipality(String code, String nameLatn, String nameCyrl, String type, String parentCode,
                               String district, String districtCyrl, String districtIso,
                               String region, String regionCyrl, BigDecimal latitude, BigDecimal longitude) {

        static Municipality of(LocalSelfGovernmentUnit u) {
            return new Municipality(u.getCode(), u.getNameLatn(), u.getNameCyrl(), u.getType().name(), u.getParentCode(),
                    u.getDistrictLatn(), u.getDistrictCyrl(), u.getDistrictIso(), u.getRegionLatn(), u.getRegionCyrl(),
                    u.getLatitude(), u.getLongitude());
        }
    }

    @GET
    public List<Municipality> list(@QueryParam("region") String region, @QueryParam("district") String district,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("500") int max) {
        return lsgus.find(new LsguFilter(region, district, null), Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))
                .stream().map(Municipality::of).toList();
    }
}

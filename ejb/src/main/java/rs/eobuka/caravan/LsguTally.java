package rs.eobuka.caravan;

import rs.eobuka.reference.LocalSelfGovernmentUnit;

/** Citizens helped at the Digital Corners of one LSGU's caravan events. */
public record LsguTally(LocalSelfGovernmentUnit lsgu, long helped) {

    // getters for EL: Jakarta EL 5 does not read record components
    public LocalSelfGovernmentUnit getLsgu() { return lsgu; }
    public long getHelped() { return helped; }
}

package rs.eobuka.platform.privacy;

import java.util.List;

/** A feature's further queries for the rows it keeps about a person under a pseudonym. */
public interface SubjectQueries {

    List<SubjectQuery> about(DataSubject subject);
}

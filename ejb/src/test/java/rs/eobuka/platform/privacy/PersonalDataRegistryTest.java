package rs.eobuka.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalDataRegistryTest {

    @PersonalColumn(table = "Member_Quota", column = "Client_Hash", activity = ProcessingActivity.COMPETITION_VOTES,
            category = DataCategory.PSEUDONYM)
    @NotPersonalData(columns = {"club_name", "address"}, why = "the club and its seat")
    @Table(name = "member")
    static class Member {
        @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.IDENTITY)
        @Column(name = "full_name")
        String fullName;
        @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.CONTACT)
        String email;
        @PersonalData(activity = ProcessingActivity.TRAINING_REGISTRATION, category = DataCategory.ACCOUNT_LINK)
        @JoinColumn(name = "sponsor_id")
        Object sponsor;
        @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.CONTACT)
        @CollectionTable(name = "member_phone")
        @Column(name = "phone")
        Set<String> phones;
        String clubName;
    }

    @Test
    void shouldFindTheColumnsOfMarkedFieldsAndDeclaredTables() {
        PersonalDataRegistry registry = PersonalDataRegistry.of(List.of(Member.class));

        assertThat(registry.entries()).extracting(PersonalColumnEntry::qualifiedName)
                .containsExactly("member.email", "member.full_name", "member.sponsor_id", "member_phone.phone", "member_quota.client_hash");
        assertThat(registry.accountsFor("MEMBER", "Full_Name")).isTrue();
        assertThat(registry.accountsFor("member", "club_name")).as("declared not personal").isTrue();
        assertThat(registry.notPersonal()).containsEntry("member.address", "the club and its seat");
        assertThat(registry.accountsFor("member", "nickname")).isFalse();
    }

    @Test
    void shouldTakeNamesContactsAddressesAccountsAndActorsForPersonal() {
        for (String column : List.of("full_name", "email", "phone", "address", "ip", "client_hash", "account_id",
                "respondent_account_id", "decided_by", "name_sr_latn", "recipient", "contact")) {
            assertThat(PersonalDataRegistry.looksPersonal(column)).as(column).isTrue();
        }
        for (String column : List.of("id", "title", "created_at", "capacity", "lsgu_code", "status", "bytes", "nameless_count")) {
            assertThat(PersonalDataRegistry.looksPersonal(column)).as(column).isFalse();
        }
    }

    @Test
    void shouldGroupTheRecordByActivityAndCategoryInTheirOrder() {
        List<ActivityRecord> activities = ProcessingRecord.activities(PersonalDataRegistry.of(List.of(Member.class)));

        assertThat(activities).extracting(ActivityRecord::activity)
                .containsExactly(ProcessingActivity.ACCOUNTS, ProcessingActivity.TRAINING_REGISTRATION, ProcessingActivity.COMPETITION_VOTES);
        ActivityRecord accounts = activities.get(0);
        assertThat(accounts.categories()).containsExactly(DataCategory.IDENTITY, DataCategory.CONTACT);
        assertThat(accounts.columns(DataCategory.CONTACT)).containsExactly("member.email", "member_phone.phone");
        assertThat(accounts.basis()).isEqualTo(LegalBasis.PUBLIC_INTEREST);
        assertThat(activities.get(2).columns(DataCategory.PSEUDONYM)).containsExactly("member_quota.client_hash");
    }
}

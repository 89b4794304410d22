package cn.jianfu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class FirstAdministratorTest {

    UserService users = mock(UserService.class);
    OrgService orgs = mock(OrgService.class);
    TransactionTemplate transaction = mock(TransactionTemplate.class);

    @BeforeEach
    @SuppressWarnings("unchecked")
    void runsCallbacksInline() {
        doAnswer(call -> {
                    call.getArgument(0, Consumer.class).accept(mock(TransactionStatus.class));
                    return null;
                })
                .when(transaction)
                .executeWithoutResult(any());
        when(orgs.all()).thenReturn(List.of());
        when(orgs.create(any()))
                .thenReturn(new OrgUnit(9L, "SYSTEM", "系统管理", OrgType.LEADERSHIP_OFFICE, null, LocalDateTime.now()));
    }

    FirstAdministrator with(String username, String password) {
        return new FirstAdministrator(
                users,
                orgs,
                transaction,
                new FirstAdministrator.FirstAdminSettings(username, password, "县信息中心管理员", "县信息中心"));
    }

    @Test
    void anEmptyDatabaseGetsTheConfiguredAdministrator() {
        when(users.hasAdministrator()).thenReturn(false);
        with("itadmin", "County#2026x").run(null);
        ArgumentCaptor<UserForm> form = ArgumentCaptor.forClass(UserForm.class);
        verify(users).create(form.capture());
        assertThat(form.getValue().username()).isEqualTo("itadmin");
        assertThat(form.getValue().roles()).containsExactly(Role.ADMIN);
        assertThat(form.getValue().orgId()).isEqualTo(9L);
    }

    @Test
    void nothingHappensOnceAnAdministratorExistsOrWithoutSettings() {
        when(users.hasAdministrator()).thenReturn(true);
        with("itadmin", "County#2026x").run(null);
        when(users.hasAdministrator()).thenReturn(false);
        with("", "").run(null);
        verify(users, never()).create(any());
    }
}

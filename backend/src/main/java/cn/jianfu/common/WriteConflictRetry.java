package cn.jianfu.common;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;
import org.springframework.retry.backoff.ExponentialRandomBackOffPolicy;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every transaction of ours ({@code @Transactional} methods of {@code cn.jianfu}, and those
 * run through the application's {@link TransactionTemplate}) again when
 * it lost a write race ({@link WriteConflict}): on a Galera cluster a conflict between two nodes is
 * only found at commit, as a certification failure, and the transaction is rolled back whole, so
 * running it again from the start is both safe and what Galera asks of its clients. Only the
 * outermost transaction is run again (an inner one cannot restart alone); the advice sits outside
 * Spring's transaction advice, so each try is a fresh transaction that sees what the winner
 * committed. Up to {@link #ATTEMPTS} tries, a short random pause between them; a conflict that
 * outlasts them reaches the exception handler (503 with Retry-After, for the client to try again
 * with the same Idempotency-Key).
 */
@Configuration(proxyBeanMethods = false)
class WriteConflictRetry {

    static final int ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(WriteConflictRetry.class);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor writeConflictRetryAdvisor() {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new OurTransactions(), new Retrying(template()));
        // outside the transaction advice (Ordered.LOWEST_PRECEDENCE), inside method security
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }

    /**
     * The application's {@link TransactionTemplate} (Spring Boot's own steps back): a transaction
     * run through it is run again after a write conflict too, like an {@code @Transactional}
     * method, when it is the outermost one.
     */
    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new RetryingTransactionTemplate(transactionManager, template());
    }

    static RetryTemplate template() {
        RetryTemplate template = new RetryTemplate();
        template.setRetryPolicy(new ConflictPolicy());
        ExponentialRandomBackOffPolicy pause = new ExponentialRandomBackOffPolicy();
        pause.setInitialInterval(20);
        pause.setMultiplier(2.5);
        pause.setMaxInterval(500);
        template.setBackOffPolicy(pause);
        template.registerListener(new RetryListener() {
            @Override
            public <T, E extends Throwable> void onError(
                    RetryContext context, RetryCallback<T, E> callback, Throwable failure) {
                if (WriteConflict.retryable(failure)) {
                    log.info(
                            "write conflict, try {} of {}: {}",
                            context.getRetryCount(),
                            ATTEMPTS,
                            DatabaseOutage.summary(failure));
                }
            }
        });
        return template;
    }

    /** Methods that Spring runs in a transaction (package-private ones too, as Spring does), in our own classes. */
    static final class OurTransactions extends StaticMethodMatcherPointcut {

        private final TransactionAttributeSource transactions = new AnnotationTransactionAttributeSource(false);

        OurTransactions() {
            setClassFilter(type -> type.getName().startsWith("cn.jianfu."));
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return transactions.getTransactionAttribute(method, targetClass) != null;
        }
    }

    /** Tries the outermost transaction again while it fails with a write conflict. */
    static final class Retrying implements MethodInterceptor {

        private final RetryTemplate template;

        Retrying(RetryTemplate template) {
            this.template = template;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            if (TransactionSynchronizationManager.isActualTransactionActive()
                    || !(invocation instanceof ProxyMethodInvocation proxied)) {
                return invocation.proceed();
            }
            return template.execute(context -> proxied.invocableClone().proceed());
        }
    }

    /** A transaction template whose outermost transactions are run again after a write conflict. */
    static final class RetryingTransactionTemplate extends TransactionTemplate {

        private final transient RetryTemplate retry;

        RetryingTransactionTemplate(PlatformTransactionManager transactionManager, RetryTemplate retry) {
            super(transactionManager);
            this.retry = retry;
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.execute(action);
            }
            return retry.execute(context -> super.execute(action));
        }
    }

    /** Retries write conflicts only, up to {@link #ATTEMPTS} tries in all. */
    static final class ConflictPolicy extends SimpleRetryPolicy {

        ConflictPolicy() {
            super(ATTEMPTS);
        }

        @Override
        public boolean canRetry(RetryContext context) {
            Throwable last = context.getLastThrowable();
            return (last == null || WriteConflict.retryable(last)) && context.getRetryCount() < ATTEMPTS;
        }
    }
}

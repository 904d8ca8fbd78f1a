package rs.eobuka.platform.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.cdi.impl.util.BeanManagerLookup;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import rs.eobuka.platform.ClasspathIndex;
import rs.eobuka.platform.task.TaskDecisions;

/**
 * Starts the embedded Camunda engine on the application's datasource, joined to the server's
 * JTA transactions, so a user action and the engine work it triggers commit or roll back
 * together. Deploys every model of the processes module with duplicate filtering, so a restart
 * does not create new versions of unchanged models.
 *
 * <p>Bean-managed transactions: the engine opens its own transactions while it creates its
 * schema and deploys.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

    /** The nightly window of the engine's history cleanup. */
    public static final String HISTORY_CLEANUP_FROM = "01:00";
    public static final String HISTORY_CLEANUP_UNTIL = "05:00";
    static final Duration JOB_POLL_AT_MOST_EVERY = Duration.ofSeconds(10);

    static final String MODEL_INDEX = "META-INF/eobuka-models.idx";
    static final String DEPLOYMENT_NAME = "eobuka-processes";
    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource dataSource;

    @Resource(lookup = "java:/TransactionManager")
    TransactionManager transactionManager;

    @Resource
    ManagedExecutorService executor;

    @Inject
    BeanManager beanManager;

    @Inject
    TaskDecisions taskDecisions;

    @Inject
    TaskSearchTextBackfill searchTexts;

    private ProcessEngine engine;
    private ManagedJobExecutor jobExecutor;

    @PostConstruct
    void start() {
        // for camunda-engine-cdi's own beans, which look the bean manager up here
        BeanManagerLookup.localInstance = beanManager;

        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        // The models name their delegates (${reserveSeatDelegate}); they resolve from this map. The
        // CDI resolver looked the bean manager up in JNDI and asked Weld for a new contextual
        // reference on every evaluation, a few percent of a registration's CPU.
        configuration.setBeans(delegatesByName());
        // every user task gets its search text from its feature when it is created
        configuration.setCustomPreBPMNParseListeners(List.of(new TaskSearchTextListener(taskDecisions)));
        configuration.setProcessEngineName(ProcessEngines.NAME_DEFAULT);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        // History (names and e-mail addresses among its variables) is kept as long as each
        // model's historyTimeToLive after its instance ends, then removed by the engine's cleanup
        // job in a nightly window (the server's local time).
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
        configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        configuration.setHistoryCleanupBatchWindowStartTime(HISTORY_CLEANUP_FROM);
        configuration.setHistoryCleanupBatchWindowEndTime(HISTORY_CLEANUP_UNTIL);
        // The engine's default hands out ids in blocks from one row of ACT_GE_PROPERTY, in a
        // transaction of its own: every few registrations all of them queued on that row. Camunda
        // calls it unfit for production and preconfigures UUIDs in its own distributions.
        configuration.setIdGenerator(new StrongUuidGenerator());
        jobExecutor = new ManagedJobExecutor(executor);
        // An idle executor polls less and less often, by default once a minute at the longest:
        // a vote or an entry window would then close, and a reminder go out, up to a minute late.
        // Ten seconds keeps them on time for the cost of one small indexed query.
        jobExecutor.setMaxWait(JOB_POLL_AT_MOST_EVERY.toMillis());
        configuration.setJobExecutor(jobExecutor);
        // started by ApplicationStartup once the application has started: a job run now would
        // call beans that wait for the start-up to end, and keep a stopping server waiting
        configuration.setJobExecutorActivate(false);
        // The engine counts its job executor's work in memory for the application's meters
        // (ApplicationMeters); it does not write those counts to its tables every 15 minutes,
        // nor record task assignees for its licence reports.
        configuration.setMetricsEnabled(true);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setTaskMetricsEnabled(false);
        configuration.setAuthorizationEnabled(false);
        engine = configuration.buildProcessEngine();
        EngineIndexes.create(dataSource);

        Deployment deployment = deployModels();
        LOG.info(() -> "Process engine '" + engine.getName() + "' started; models deployed as " + deployment.getId());
        searchTexts.fillMissing();
    }

    /**
     * Every named JavaDelegate bean, as a client proxy: the delegates are application scoped, so
     * one proxy serves every thread, the job executor's too.
     */
    private Map<Object, Object> delegatesByName() {
        Map<Object, Object> delegates = new HashMap<>();
        for (Bean<?> bean : beanManager.getBeans(JavaDelegate.class, Any.Literal.INSTANCE)) {
            if (bean.getName() != null) {
                if (!beanManager.isNormalScope(bean.getScope())) {
                    throw new IllegalStateException("delegate " + bean.getName() + " must be application scoped");
                }
                delegates.put(bean.getName(), beanManager.getReference(bean, JavaDelegate.class, beanManager.createCreationalContext(bean)));
            }
        }
        return delegates;
    }

    private Deployment deployModels() {
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("eobuka")
                .enableDuplicateFiltering(true);
        ClassLoader loader = ProcessEngineBootstrap.class.getClassLoader();
        for (String model : ClasspathIndex.read(loader, MODEL_INDEX)) {
            builder.addInputStream(model, loader.getResourceAsStream(model));
        }
        return builder.deploy();
    }

    /**
     * Starts executing the engine's jobs (timers, asynchronous continuations) unless
     * {@code eobuka.engine.job-executor=false}; closing the engine stops them again.
     */
    public void startJobExecutor() {
        if (Boolean.parseBoolean(System.getProperty("eobuka.engine.job-executor", "true")) && !jobExecutor.isActive()) {
            jobExecutor.start();
            LOG.info("Job executor started");
        }
    }

    public ProcessEngine engine() {
        return engine;
    }

    public boolean isRunning() {
        return engine != null && ProcessEngines.getProcessEngine(engine.getName()) != null;
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
            ProcessEngines.unregister(engine);
        }
        BeanManagerLookup.localInstance = null;
    }
}

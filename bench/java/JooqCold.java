import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.SelectQuery;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.seatdesk.store.jooq.tables.Ticket;

/// What jOOQ's first query costs a fresh JVM, step by step, without a database: the thread's and
/// the process's processor time (the JIT compilers work beside it). docs/performance.md, session 7.
///
///   javac -d /tmp/jc -cp target/seatdesk.jar bench/java/JooqCold.java
///   java -cp target/seatdesk.jar:/tmp/jc JooqCold
public final class JooqCold {

    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    private static long thread = THREAD.getCurrentThreadCpuTime();
    private static long process = processNanos();

    public static void main(String[] args) {
        DSL.name("x");
        step("DSL.name (DSL's class)");
        Object type = SQLDataType.VARCHAR;
        step("SQLDataType (loads every dialect's types)");
        DSLContext dsl = DSL.using(SQLDialect.H2);
        step("DSL.using(H2)");
        Object table = Ticket.TICKET;
        step("a generated table");
        SelectQuery<?> query = dsl.selectQuery(Ticket.TICKET);
        query.addConditions(Ticket.TICKET.STATUS.eq("NEW"));
        step("a select with a condition");
        String sql = query.getSQL();
        step("rendered to SQL (" + sql.length() + " characters)");
    }

    private static void step(String what) {
        long t = THREAD.getCurrentThreadCpuTime();
        long p = processNanos();
        System.out.printf("%-45s thread %4d ms, process %4d ms%n", what, (t - thread) / 1_000_000, (p - process) / 1_000_000);
        thread = t;
        process = p;
    }

    private static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}

package rs.eobuka.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the machine's CPU goes during a load phase. The application, its database and this
 * harness share one machine, so a phase is only comparable to another when it starts on a quiet
 * machine ({@link #awaitQuiet}: after the app's load its server keeps compiling and sending the
 * outbox for a while, which would slow the bare engine's phase), and the report says how much of
 * the CPU the harness itself took ({@link Window}). Linux only ({@code /proc/stat}); elsewhere
 * the figures are left out and nothing waits.
 */
final class CpuMeter {

    private static final Path PROC_STAT = Path.of("/proc/stat");

    /** Busy below this share of all cores counts as quiet. */
    static final double QUIET = 0.12;

    private CpuMeter() {
    }

    /** Waits until the machine is quiet for two seconds running, at most {@code maxSeconds}; returns the seconds waited. */
    static double awaitQuiet(int maxSeconds) throws InterruptedException {
        long start = System.nanoTime();
        long limit = start + maxSeconds * 1_000_000_000L;
        while (System.nanoTime() < limit) {
            long[] before = machineTicks();
            if (before == null) {
                return 0;
            }
            Thread.sleep(2000);
            if (busyShare(before, machineTicks()) < QUIET) {
                break;
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The measured window of a phase: opened when it starts, closed when it ends. */
    static final class Window {
        private long[] machineStart;
        private long processStart;
        private double machineBusy = Double.NaN;
        private double harnessShare = Double.NaN;
        private Thread meter;

        void open() {
            machineStart = machineTicks();
            processStart = processCpuNanos();
        }

        void close(double seconds) {
            long[] machineEnd = machineTicks();
            if (machineStart != null && machineEnd != null) {
                machineBusy = busyShare(machineStart, machineEnd);
            }
            long used = processCpuNanos() - processStart;
            int cores = Runtime.getRuntime().availableProcessors();
            if (processStart >= 0 && seconds > 0) {
                harnessShare = used / 1e9 / (seconds * cores);
            }
        }

        /** "machine 97% busy, of which this harness 8%", once the window has closed. */
        String describe() {
            try {
                meter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (Double.isNaN(machineBusy)) {
                return "not measured";
            }
            return String.format(Locale.ROOT, "machine %.0f%% busy, of which this harness %.0f%% (of %d cores)",
                    machineBusy * 100, harnessShare * 100, Runtime.getRuntime().availableProcessors());
        }
    }

    /** Calls {@code open} when the window starts and {@code close} when it ends, from a thread of its own. */
    static Window watch(LoadWindow window) {
        Window cpu = new Window();
        cpu.meter = RegistrationBenchmark.start("cpu-meter", () -> {
            try {
                sleepUntil(window.start);
                cpu.open();
                sleepUntil(window.end);
                cpu.close((window.end - window.start) / 1e9);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return cpu;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    private static double busyShare(long[] before, long[] after) {
        long total = after[0] - before[0];
        long idle = after[1] - before[1];
        return total <= 0 ? 0 : (total - idle) / (double) total;
    }

    /** {total, idle (with iowait)} jiffies of all cores, or null off Linux. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (Exception e) {
            return null;
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}

package dk.workbench.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A child JVM (for kill tests) whose output is read on a thread of its own, so it never blocks on a full pipe. */
public record ChildJvm(Process process, BlockingQueue<String> lines, StringBuffer all) {

  /** {@code java -cp <this test classpath> <jvmOptions…> mainClass args…}. */
  public static List<String> command(List<String> jvmOptions, Class<?> mainClass, String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path")));
    command.addAll(jvmOptions);
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return command;
  }

  public static ChildJvm start(List<String> command) throws Exception {
    return start(new ProcessBuilder(command));
  }

  /** Starts {@code builder} (e.g. with an environment of its own), its error output merged into the lines. */
  public static ChildJvm start(ProcessBuilder builder) throws Exception {
    Process p = builder.redirectErrorStream(true).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    StringBuffer all = new StringBuffer();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
          all.append(line).append('\n');
        }
      } catch (java.io.IOException e) {
        // the process was killed
      }
    }, "kill-test-child-output");
    reader.setDaemon(true);
    reader.start();
    return new ChildJvm(p, lines, all);
  }

  /** The first line starting with {@code marker}; fails with the output so far when it does not come in time. */
  public String awaitLine(String marker, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
      if (line == null) {
        process.destroyForcibly();
        throw new AssertionError("the child did not print " + marker + " in time:\n" + all);
      }
      if (line.startsWith(marker)) {
        return line;
      }
    }
  }

  public String output() {
    return all.toString();
  }
}

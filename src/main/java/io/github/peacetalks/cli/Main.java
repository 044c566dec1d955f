package io.github.peacetalks.cli;

import io.github.peacetalks.source.SourceException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code peacetalks} command: subcommands over files and directories of dated Dutch news. */
@Command(name = "peacetalks", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads dated Dutch news about the Russia-Ukraine war: who wants what in the attempts to end it.",
        subcommands = {ExtractCommand.class, DatesCommand.class, PositionsCommand.class, ConditionsCommand.class,
                TimelineCommand.class, ShiftsCommand.class, MatrixCommand.class, ActorsCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code for bad usage: unknown option, missing path, unknown actor id. */
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams; returns the exit code (0 ok, 1 input problems, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("peacetalks: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            // a located input problem speaks for itself; anything else keeps its type, which says what went wrong
            err.println("peacetalks: " + (ex instanceof SourceException se ? se.problem().toString() : ex.toString()));
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: extract, dates, positions, conditions, timeline, shifts, matrix, actors or report");
    }

    /** Reports the library's version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"peacetalks " + (v == null ? "(development build)" : v)};
        }
    }
}

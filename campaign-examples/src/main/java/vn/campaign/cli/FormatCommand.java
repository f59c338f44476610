package vn.campaign.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.campaign.io.PlanJson;

/** {@code format FILE}: prints a plan in canonical JSON. */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = "In kế hoạch ở dạng JSON chuẩn (print the plan in canonical JSON).")
final class FormatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "FILE", description = "Tệp kế hoạch JSON (a plan JSON file).")
    Path file;

    @Override
    public Integer call() {
        PlanJson json = options.json();
        try {
            spec.commandLine().getOut().print(json.write(json.read(file)));
            spec.commandLine().getOut().flush();
            return CampaignCli.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println(Reports.unreadable(file, e, options.language));
            return CampaignCli.UNREADABLE;
        }
    }
}

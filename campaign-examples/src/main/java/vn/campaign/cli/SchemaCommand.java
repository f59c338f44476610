package vn.campaign.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.campaign.io.PlanJson;

/** {@code schema}: prints the JSON Schema (draft 2020-12) of the plan format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "In JSON Schema của định dạng kế hoạch (print the JSON Schema 2020-12 of the plan format).")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(PlanJson.schema());
        spec.commandLine().getOut().flush();
        return CampaignCli.OK;
    }
}

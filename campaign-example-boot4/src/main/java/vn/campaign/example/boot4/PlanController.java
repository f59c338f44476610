package vn.campaign.example.boot4;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.campaign.model.Plan;
import vn.campaign.render.PlanRenderer;
import vn.campaign.spring.PlanRejectedException;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/**
 * Plans over HTTP: check one, submit one (refused with a problem response if it has errors), read
 * one back as JSON, Markdown or HTML. Plans are kept in memory only: this is an example.
 *
 * @since 0.1
 */
@RestController
@RequestMapping("/plans")
public class PlanController {

    private final PlanValidator validator;
    private final PlanRenderer renderer = PlanRenderer.create();
    private final Map<String, Plan> plans = new ConcurrentHashMap<>();

    /**
     * Creates the controller.
     *
     * @param validator the validator the starter provides, not null
     */
    public PlanController(PlanValidator validator) {
        this.validator = validator;
    }

    /**
     * Returns the findings of a plan, errors or not.
     *
     * @param plan the plan in the JSON format
     * @return the findings, as a JSON array
     */
    @PostMapping("/findings")
    public ValidationReport findings(@RequestBody Plan plan) {
        return validator.validate(plan);
    }

    /**
     * Keeps a plan without errors and returns its findings (warnings, notes); a plan with errors is
     * refused with a 422 problem response listing them.
     *
     * @param plan the plan in the JSON format
     * @return 201 with the plan's address and its findings
     */
    @PostMapping
    public ResponseEntity<ValidationReport> submit(@RequestBody Plan plan) {
        ValidationReport report = PlanRejectedException.requireNoErrors(validator.validate(plan));
        String id = UUID.randomUUID().toString();
        plans.put(id, plan);
        return ResponseEntity.created(URI.create("/plans/" + id)).body(report);
    }

    /**
     * Returns a kept plan in the JSON format.
     *
     * @param id the plan's id
     * @return the plan
     */
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Plan plan(@PathVariable String id) {
        return find(id);
    }

    /**
     * Returns a kept plan as Markdown.
     *
     * @param id the plan's id
     * @return the Markdown text
     */
    @GetMapping(path = "/{id}", produces = "text/markdown;charset=UTF-8")
    public String markdown(@PathVariable String id) {
        return renderer.markdown(find(id));
    }

    /**
     * Returns a kept plan as an HTML page.
     *
     * @param id the plan's id
     * @return the HTML page
     */
    @GetMapping(path = "/{id}", produces = MediaType.TEXT_HTML_VALUE)
    public String html(@PathVariable String id) {
        return renderer.html(find(id));
    }

    private Plan find(String id) {
        Plan plan = plans.get(id);
        if (plan == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No plan " + id);
        }
        return plan;
    }
}

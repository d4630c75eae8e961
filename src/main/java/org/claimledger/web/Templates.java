package org.claimledger.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/** The pages' templates (src/main/resources/templates/web), checked against their data at build time. */
@CheckedTemplate(basePath = "web")
final class Templates {
    private Templates() {
    }

    static native TemplateInstance home(List<HomePage.Card> cards, long pending, List<HomePage.Incident> incidents);

    static native TemplateInstance allegations(AllegationsPage.View view);

    static native TemplateInstance compare(ComparisonSheet sheet, MeasureForm form, List<MeasureForm.Option> subjects,
                                           List<MeasureForm.Option> populations, List<MeasureForm.Option> metrics,
                                           List<MeasureForm.Option> equipments);

    static native TemplateInstance claim(ClaimSheet claim);

    static native TemplateInstance source(SourcePage.View source);

    static native TemplateInstance search(SearchPage.View results);

    static native TemplateInstance error(Html.ErrorView error);
}

package org.claimledger.common;

/** Real examples from the Karabakh 2020 data for the OpenAPI document. */
public final class ApiExamples {
    private ApiExamples() {
    }

    public static final String NEW_CLAIM = """
            {
              "source": "sohr",
              "statedOn": "2020-12-03",
              "asOf": "2020-12-03",
              "category": "casualty",
              "subject": "syrian-fighters",
              "population": "military",
              "metric": "killed",
              "quantity": {"low": 541, "qualifier": "at-least", "text": "at least 541"},
              "statement": "The Syrian Observatory for Human Rights says at least 541 pro-Turkey Syrian fighters fighting for Azerbaijan were killed in the war.",
              "citations": [{
                "title": "2020 Nagorno-Karabakh war",
                "url": "https://en.wikipedia.org/wiki/2020_Nagorno-Karabakh_war",
                "publisher": "Wikipedia",
                "reference": "[49]",
                "quote": "On 3 December 2020, the SOHR stated that at least 541 pro-Turkey Syrian rebel fighters, who were among more than 2,580 combatants, had been killed in the war.[49]"
              }]
            }""";

    public static final String COMPARISON = """
            {
              "measure": {"subject": "armenia", "population": "military", "metric": "killed", "equipment": null,
                          "object": null, "incident": null, "from": null},
              "verdict": "conflicting",
              "summary": "Government of Azerbaijan (adversary) claims more than 1.49× what Government of Armenia (self) reports.",
              "figures": [
                {"source": "am-gov", "sourceName": "Government of Armenia", "side": "armenia", "relation": "self",
                 "claimId": "fe386370-392f-35ab-be6f-9070b95d890f", "low": 3360, "high": 3360, "qualifier": "exact",
                 "text": "3,360", "statedOn": "2020-11-10",
                 "interval": {"lower": 3360, "lowerOpen": false, "upper": 3360, "upperOpen": false}},
                {"source": "az-gov", "sourceName": "Government of Azerbaijan", "side": "azerbaijan",
                 "relation": "adversary", "claimId": "c0dc60f2-fd28-3c78-9e1e-0bb43a4b3aa1", "low": 5000, "high": null,
                 "qualifier": "more-than", "text": "more than 5,000", "statedOn": "2020-10-28",
                 "interval": {"lower": 5000, "lowerOpen": true, "upper": null, "upperOpen": true}}
              ],
              "conflicts": [
                {"lower": "am-gov", "lowerClaim": "fe386370-392f-35ab-be6f-9070b95d890f", "higher": "az-gov",
                 "higherClaim": "c0dc60f2-fd28-3c78-9e1e-0bb43a4b3aa1", "gap": 1640, "ratio": 1.488,
                 "sentence": "Government of Azerbaijan (adversary) claims more than 1.49× what Government of Armenia (self) reports."}
              ],
              "spread": {"min": 3360, "max": 5000, "ratio": 1.488},
              "partisanGap": {"self": {"sources": ["am-gov"], "min": 3360, "max": 3360},
                              "adversary": {"sources": ["az-gov"], "min": 5000, "max": 5000},
                              "independent": null, "adversaryOverSelf": 1.488, "independentOverSelf": null},
              "notComparable": [
                {"claimId": "8b963f2a-ebb4-3624-9325-dbb0205c7209", "source": "am-gov", "text": "65",
                 "reason": "counts civilian people, not military"}
              ],
              "notComparableTotal": 1,
              "history": [],
              "tolerance": 0.1
            }""";

    public static final String CORROBORATION = """
            {
              "claimId": "2bb7488a-0689-306b-a10e-b9a40fd529ad",
              "status": "corroborated",
              "rule": "corroborated: confirmed by 2 independent sources (Amnesty International, The New York Times), none on the side of Human Rights Watch or repeating it; denied by Government of Armenia",
              "independent": [
                {"claimId": "9cf848df-1b92-389e-8395-460826bfa770", "source": "amnesty", "sourceName": "Amnesty International", "side": null},
                {"claimId": "d7ff39c5-cdd3-3845-aa97-9ce93ec5289e", "source": "nyt", "sourceName": "The New York Times", "side": null}],
              "dependent": [],
              "contradicting": [],
              "denying": [{"claimId": "38827717-de24-3afa-b47b-d6feb6af2a3f", "source": "am-gov", "sourceName": "Government of Armenia", "side": "armenia"}]
            }""";

    public static final String IMPORT_BATCH = """
            {
              "parties": [{"slug": "syrian-fighters", "name": "Syrian fighters", "side": "azerbaijan"}],
              "sources": [{"slug": "sohr", "name": "Syrian Observatory for Human Rights", "kind": "monitor",
                           "homepage": "https://www.syriahr.com"}],
              "claims": [{
                "key": "karabakh-2020/foreign/sohr-001",
                "source": "sohr", "statedOn": "2020-12-03", "category": "casualty", "subject": "syrian-fighters",
                "population": "military", "metric": "killed",
                "quantity": {"low": 541, "qualifier": "at-least", "text": "at least 541"},
                "statement": "SOHR says at least 541 Syrian fighters fighting for Azerbaijan were killed in the war.",
                "citations": [{"title": "2020 Nagorno-Karabakh war", "reference": "[49]"}]
              }],
              "links": []
            }""";
}

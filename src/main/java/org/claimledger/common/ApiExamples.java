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
              "measure": {"subject": "armenia", "population": "military", "metric": "killed", "equipment": null, "object": null, "incident": null, "from": null},
              "verdict": "conflicting",
              "summary": "Government of Azerbaijan (adversary) claims more than 1.49× what Government of Armenia (self) reports.",
              "figures": [
                {"source": "am-gov", "sourceName": "Government of Armenia", "side": "armenia", "relation": "self", "claimId": "fe386370-392f-35ab-be6f-9070b95d890f", "low": 3360, "high": 3360, "qualifier": "exact", "text": "3,360", "statedOn": "2020-11-10", "interval": {"lower": 3360.0, "lowerOpen": false, "upper": 3360.0, "upperOpen": false}},
                {"source": "vanetsyan", "sourceName": "Artur Vanetsyan", "side": "armenia", "relation": "self", "claimId": "19c1c6e0-ccd8-348b-9a36-59244e03d598", "low": 5000, "high": 5000, "qualifier": "about", "text": "some 5,000", "statedOn": "2020-11-10", "interval": {"lower": 4500.0, "lowerOpen": false, "upper": 5500.0, "upperOpen": false}},
                {"source": "az-gov", "sourceName": "Government of Azerbaijan", "side": "azerbaijan", "relation": "adversary", "claimId": "c0dc60f2-fd28-3c78-9e1e-0bb43a4b3aa1", "low": 5000, "high": null, "qualifier": "more-than", "text": "more than 5,000", "statedOn": "2020-10-28", "interval": {"lower": 5000.0, "lowerOpen": true, "upper": null, "upperOpen": true}}
              ],
              "conflicts": [
                {"lower": "am-gov", "lowerClaim": "fe386370-392f-35ab-be6f-9070b95d890f", "higher": "az-gov", "higherClaim": "c0dc60f2-fd28-3c78-9e1e-0bb43a4b3aa1", "gap": 1640.0, "ratio": 1.488, "days": 13, "sentence": "Government of Azerbaijan (adversary) claims more than 1.49× what Government of Armenia (self) reports."},
                {"lower": "am-gov", "lowerClaim": "fe386370-392f-35ab-be6f-9070b95d890f", "higher": "vanetsyan", "higherClaim": "19c1c6e0-ccd8-348b-9a36-59244e03d598", "gap": 1140.0, "ratio": 1.339, "days": 0, "sentence": "Artur Vanetsyan (self) claims 1.34× what Government of Armenia (self) reports."}
              ],
              "timeSeparated": [],
              "broader": [],
              "spread": {"min": 3360, "max": 5000, "ratio": 1.488},
              "partisanGap": {"self": {"sources": ["am-gov", "vanetsyan"], "min": 3360, "max": 5000}, "adversary": {"sources": ["az-gov"], "min": 5000, "max": 5000}, "independent": null, "adversaryOverSelf": 1.488, "independentOverSelf": null},
              "notComparable": [
                {"claimId": "8b963f2a-ebb4-3624-9325-dbb0205c7209", "source": "am-gov", "text": "65", "reason": "counts civilian people, not military"}
              ],
              "notComparableTotal": 13,
              "history": [],
              "tolerance": 0.1,
              "maxDaysApart": 30
            }""";

    public static final String COMPARISON_BROADER = """
            {
              "measure": {"subject": "azerbaijan", "population": "military", "metric": "killed", "equipment": null, "object": null, "incident": null, "from": null},
              "verdict": "residual-beyond-sources",
              "summary": "For 7,630 (Armenian and Artsakh authorities (jointly)) and 2,840 (Government of Azerbaijan) both to hold, Syrian fighters killed would have to number 4,790: 8.85× the highest figure any source gives for them (541, Syrian Observatory for Human Rights).",
              "figures": [
                {"source": "az-gov", "sourceName": "Government of Azerbaijan", "side": "azerbaijan", "relation": "self", "claimId": "6b6f9326-6d2d-3a0d-b3a5-2cadeceed009", "low": 2840, "high": 2840, "qualifier": "exact", "text": "2,840", "statedOn": "2021-01-11", "interval": {"lower": 2840, "lowerOpen": false, "upper": 2840, "upperOpen": false}}
              ],
              "conflicts": [],
              "timeSeparated": [],
              "broader": [
                {
                  "figure": {"source": "am-artsakh-gov", "sourceName": "Armenian and Artsakh authorities (jointly)", "side": "armenia", "relation": "adversary", "claimId": "d508d62e-3b4c-36af-bbbd-fc2e32bc9e1a", "low": 7630, "high": 7630, "qualifier": "exact", "text": "7,630", "statedOn": "2020-11-10", "interval": {"lower": 7630, "lowerOpen": false, "upper": 7630, "upperOpen": false}},
                  "alsoCounts": ["syrian-fighters"],
                  "parts": [
                    {"party": "syrian-fighters", "figures": [{"source": "ria-novosti", "sourceName": "RIA Novosti", "side": null, "relation": "independent", "claimId": "92dff360-0472-3da1-8f5c-2a53d147168f", "low": 93, "high": 93, "qualifier": "exact", "text": "93", "statedOn": "2020-10-05", "interval": {"lower": 93, "lowerOpen": false, "upper": 93, "upperOpen": false}}, {"source": "sohr", "sourceName": "Syrian Observatory for Human Rights", "side": null, "relation": "independent", "claimId": "1317744a-5d2e-323b-b702-d9a6299cbac5", "low": 541, "high": null, "qualifier": "at-least", "text": "at least 541", "statedOn": "2020-12-03", "interval": {"lower": 541, "lowerOpen": false, "upper": null, "upperOpen": true}}], "range": {"lower": 93, "lowerOpen": false, "upper": null, "upperOpen": true}, "lowest": 93, "lowestSource": "ria-novosti", "highest": 541, "highestSource": "sohr"}
                  ],
                  "implied": {"lower": 0, "lowerOpen": false, "upper": 7537, "upperOpen": false},
                  "weighed": [
                    {"source": "az-gov", "claimId": "6b6f9326-6d2d-3a0d-b3a5-2cadeceed009", "fit": "exceeds-sources", "days": 62, "needed": {"lower": 4790, "lowerOpen": false, "upper": 4790, "upperOpen": false}, "residual": 4790, "stated": {"lower": 93, "lowerOpen": false, "upper": 541, "upperOpen": false}, "ratio": 8.854, "sentence": "For 7,630 (Armenian and Artsakh authorities (jointly)) and 2,840 (Government of Azerbaijan) both to hold, Syrian fighters killed would have to number 4,790: 8.85× the highest figure any source gives for them (541, Syrian Observatory for Human Rights)."}
                  ]
                }
              ],
              "spread": {"min": 2840, "max": 2840, "ratio": 1},
              "partisanGap": {"self": {"sources": ["az-gov"], "min": 2840, "max": 2840}, "adversary": null, "independent": null, "adversaryOverSelf": null, "independentOverSelf": null},
              "notComparable": [
                {"claimId": "6938ff72-4882-34f2-8508-08da919a9c66", "source": "az-prosecutor", "text": "100", "reason": "counts civilian people, not military"}
              ],
              "notComparableTotal": 25,
              "history": [],
              "tolerance": 0.1,
              "maxDaysApart": 30
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

package org.newsgraph.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;
import org.newsgraph.rules.RuleFile;

/**
 * Which gazetteer rows a place name may be: towns and divisions of that name, a US state by its AP
 * abbreviation, the lexicon's country, and the areas a "City, Country" qualifier names.
 */
final class PlaceCandidates {
  /** Seas, regions and directions that are never a town of the same name: place/not-towns.txt. */
  public static final String NOT_TOWNS_RESOURCE = "/place/not-towns.txt";

  /** AP abbreviations of US states ("Mo."): place/us-state-abbreviations.tsv. */
  public static final String STATES_RESOURCE = "/place/us-state-abbreviations.tsv";

  private final ActorLexicon lexicon;
  private final Set<String> notTowns;
  private final Map<String, String> stateAbbreviations;

  PlaceCandidates(ActorLexicon lexicon) {
    this.lexicon = lexicon;
    this.notTowns = RuleFile.words(NOT_TOWNS_RESOURCE);
    this.stateAbbreviations = stateAbbreviations();
  }

  /** "Mo." to "MO": AP abbreviations to the postal codes GeoNames uses for the states. */
  private static Map<String, String> stateAbbreviations() {
    Map<String, String> out = new HashMap<>();
    for (RuleFile.Line line : RuleFile.read(STATES_RESOURCE)) {
      String[] f = line.fields();
      if (f.length != 2 || f[1].strip().length() != 2) {
        throw line.error("expected an abbreviation and a two-letter postal code");
      }
      out.put(f[0].strip(), f[1].strip());
    }
    return Map.copyOf(out);
  }

  /**
   * The rows a mention's name may be: a state its AP abbreviation names, else the places and
   * divisions of that name (or of the division its generic word ends: "Cauca province"), and the
   * country the lexicon gives the name.
   */
  List<GeoName> named(String name, String lexiconCountry, boolean afterComma, Gazetteer gaz) {
    List<GeoName> out = new ArrayList<>();
    String state = stateAbbreviation(name, afterComma);
    if (state != null && gaz.division("USA", state) != null) {
      out.add(gaz.division("USA", state));
    } else if (!notTowns.contains(name.toLowerCase(Locale.ROOT))) {
      out.addAll(gaz.named(name));
      if (out.isEmpty()) {
        out.addAll(divisionsNamed(name, gaz));
      }
    }
    if (lexiconCountry != null) {
      GeoName country = gaz.country(lexiconCountry);
      out.add(
          country != null
              ? new GeoName(
                  name,
                  country.country(),
                  "",
                  GeoName.COUNTRY,
                  country.population(),
                  country.lat(),
                  country.lon())
              : new GeoName(name, lexiconCountry, "", GeoName.COUNTRY, 0, Double.NaN, Double.NaN));
    }
    return out;
  }

  /** "Cauca province", "Helmand Province": the divisions named by what precedes the word. */
  private List<GeoName> divisionsNamed(String name, Gazetteer gaz) {
    String bare = DivisionWords.bare(name);
    return bare == null ? List.of() : gaz.named(bare).stream().filter(GeoName::isDivision).toList();
  }

  /**
   * The postal code of an AP state abbreviation. After a comma ("Selma, Ala.") the period may be
   * missing: the tokenizer gave it to the sentence. Elsewhere "Del" is as likely "Delegate".
   */
  private String stateAbbreviation(String name, boolean afterComma) {
    String code = stateAbbreviations.get(name);
    return code != null || !afterComma ? code : stateAbbreviations.get(name + ".");
  }

  /** The countries or divisions a qualifier names: "Venezuela", "Texas", "Ga.", "TX". */
  List<GeoName> areas(String qualifier, Gazetteer gaz) {
    List<GeoName> out = new ArrayList<>();
    String country = lexiconCountry(qualifier);
    if (country != null) {
      out.add(new GeoName("", country, "", GeoName.COUNTRY, 0, 0, 0));
    }
    for (GeoName g : gaz.named(qualifier)) {
      if (g.isDivision()) {
        out.add(g);
      }
    }
    String abbreviation = stateAbbreviation(qualifier, true);
    String code = abbreviation != null ? abbreviation : qualifier;
    code = code.replace(".", "").toUpperCase(Locale.ROOT);
    GeoName state = code.length() == 2 ? gaz.division("USA", code) : null;
    if (state != null) {
      out.add(state); // US postal codes are GeoNames' admin1 codes for the states: "TX", "Mo."
    }
    return out;
  }

  /** The country the lexicon gives a place's name ("Moscow" is RUS), or null. */
  String lexiconCountry(String name) {
    for (LexiconEntry e : lexicon.lookup(PlaceResolver.stripThe(name))) {
      if (e.kind() == EntryKind.COUNTRY) {
        return e.country();
      }
    }
    return null;
  }
}

package org.newsgraph.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Token;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.rules.RuleFile;

/**
 * The entity layer: people, organizations and places with their mentions merged, titles and actor
 * codes. Thread-safe; the lexicon is loaded once and passed in.
 */
public final class EntityExtractor implements Stage<ParsedArticle, EntityLayer> {
  private final NameFinder names;
  private final TitleReader titles;
  private final GroupFinder groups;
  private final ActorCoder coder;
  private final ReferenceResolver references;
  private final LexiconView lexicon;

  public EntityExtractor(ActorLexicon lexicon) {
    LexiconView view = new LexiconView(lexicon);
    this.lexicon = view;
    this.names = new NameFinder(view, RuleFile.words("/entity/organization-words.txt"));
    this.titles = new TitleReader(view);
    this.groups = new GroupFinder(view);
    this.coder = new ActorCoder(view);
    this.references = new ReferenceResolver(view);
  }

  /**
   * Sentences whose parse the entity layer reads: a name followed by a comma, where an apposition
   * may give the title ("Reyes Matta, director of the center"). Titles before names, groups and
   * descriptions are read from the words alone.
   */
  public boolean needsParse(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).ner().equals("PERSON") && tokens.get(i + 1).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public EntityLayer apply(ParsedArticle doc) {
    LocalDate date = doc.article().publishedDay();
    List<Candidate> found = titles.attach(doc, names.find(doc));
    List<Candidate> all = new ArrayList<>(found);
    for (Candidate g : groups.find(doc, found, date)) {
      all.removeIf(g::overlaps); // "U.S. forces" replaces the bare "U.S." inside it
      all.add(g);
    }
    List<MentionMerger.Cluster> clusters = MentionMerger.merge(all);
    Map<MentionMerger.Cluster, Actor> actors = new HashMap<>();
    for (MentionMerger.Cluster c : clusters) {
      actors.put(c, coder.withNationBefore(c, coder.code(c, date), doc));
    }
    for (ReferenceResolver.Reference r : references.resolve(doc, clusters, actors)) {
      r.cluster().mentions.add(r.mention());
    }
    return build(doc, clusters, actors);
  }

  private static EntityLayer build(
      ParsedArticle doc,
      List<MentionMerger.Cluster> clusters,
      Map<MentionMerger.Cluster, Actor> actors) {
    List<Entity> entities = new ArrayList<>();
    int n = 0;
    for (MentionMerger.Cluster c : clusters) {
      c.mentions.sort(Comparator.comparingInt(Candidate::start));
      List<Mention> mentions = new ArrayList<>();
      Set<Integer> seen = new HashSet<>();
      String name = null;
      String title = null;
      for (Candidate m : c.mentions) {
        if (seen.add(m.start())) {
          mentions.add(Mention.of(doc.text(), m.start(), m.end()));
        }
        if (isName(m) && (name == null || m.text().length() > name.length())) {
          name = m.text();
        }
        if (title == null) {
          title = m.title();
        }
      }
      if (name == null) {
        continue; // only pronouns: nothing to name it by
      }
      Actor actor = actors.get(c);
      entities.add(new Entity("E" + ++n, name, c.type, title, actor, mentions));
    }
    return new EntityLayer(entities); // places are resolved from these by extract/place
  }

  /** A mention that names, as opposed to a pronoun or a description. */
  private static boolean isName(Candidate m) {
    return m.key() == null || !m.key().equals(ReferenceResolver.REFERENCE_KEY);
  }
}

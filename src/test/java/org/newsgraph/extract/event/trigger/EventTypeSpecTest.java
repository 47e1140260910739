package org.newsgraph.extract.event.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.rules.RuleFile;
import org.newsgraph.testing.Pipelines;

/**
 * Which words of a sentence report an act of their own, and of which category: a protest's aim, a
 * purpose, a lifted curfew and an accusation's content are not acts; a stated intention to use
 * force is a threat. Each rule on a sentence written for it.
 */
class EventTypeSpecTest {
  private static List<Event> plain(String text) {
    return Pipelines.analyze(text, "2031-04-04").events().stream()
        .filter(e -> !e.negated() && !e.hypothetical())
        .toList();
  }

  private static List<String> types(String text) {
    return plain(text).stream().map(Event::type).distinct().toList();
  }

  @Test
  void aDemandThatIsAProtestsAimIsNotASecondAct() {
    assertThat(types("Chilean students staged a sit-in outside the ministry to demand lower fees."))
        .contains("PROTEST")
        .doesNotContain("REQUEST");
    assertThat(types("Bolivian miners blocked roads into the capital, demanding his resignation."))
        .contains("PROTEST")
        .doesNotContain("REQUEST");
  }

  @Test
  void aVerbStagingAProtestNounLeavesTheProtestToTheNoun() {
    assertThat(types("Mauritanian opposition activists staged a hunger strike in Nouakchott."))
        .contains("PROTEST");
  }

  @Test
  void anActNamedAsAPurposeIsNotReportedAsDone() {
    assertThat(types("Ghana sent troops to the Togolese border to attack the rebel camps."))
        .contains("MOBILIZE")
        .doesNotContain("ASSAULT");
  }

  @Test
  void riotPoliceAreAKindOfPoliceNotARiot() {
    assertThat(types("Kenyan riot police patrolled the streets of Nairobi after the vote."))
        .contains("MOBILIZE")
        .doesNotContain("PROTEST");
    assertThat(types("Riots broke out in the northern suburbs of Nairobi after the vote."))
        .contains("PROTEST");
  }

  @Test
  void anActDoneToProtestIsStillAProtest() {
    assertThat(types("Peruvian dockers walked off the job to protest the new port tax."))
        .contains("PROTEST");
  }

  @Test
  void anIntentionToUseForceIsAThreatNotAnAgreement() {
    String text = "The Ugandan army said it was prepared to impose martial law in Gulu.";
    assertThat(types(text)).contains("THREATEN").doesNotContain("AGREE", "COERCE");
    assertThat(types("Chad's president vowed to attack the rebel bases in Darfur."))
        .contains("THREATEN")
        .doesNotContain("AGREE", "ASSAULT");
  }

  @Test
  void anIntentionToLiftABanIsAnOffer() {
    assertThat(types("The Kenyan president said he is prepared to lift the ban on the party."))
        .contains("AGREE")
        .doesNotContain("THREATEN");
  }

  @Test
  void everyConjoinedActOfAnAccusationIsItsContent() {
    assertThat(
            types(
                "Amnesty International accused Kenya of violating the rights of prisoners and"
                    + " ignoring the courts."))
        .contains("ACCUSE")
        .doesNotContain("COERCE", "REJECT");
  }

  @Test
  void whatAnUltimatumDemandsIsNotDone() {
    assertThat(types("Peru issued an ultimatum to Chile to withdraw its troops from the border."))
        .contains("THREATEN")
        .doesNotContain("RETREAT");
  }

  @Test
  void withdrawingInspectorsIsASanctionAndAnnouncingItAThreat() {
    assertThat(types("Sweden withdrew its election observers from Belarus on Monday."))
        .contains("SANCTION")
        .doesNotContain("RETREAT");
    assertThat(types("The UN said it will withdraw its inspectors from Iraq."))
        .contains("THREATEN")
        .doesNotContain("AGREE");
  }

  @Test
  void everyEndingVerbLeavesItsObjectNounUnreported() {
    List<String> missed = new ArrayList<>();
    for (RuleFile.Line line : RuleFile.read("/event/ending-verbs.tsv")) {
      String[] f = line.fields();
      List<Event> events = plain(f[1]);
      boolean nounAsAct = events.stream().anyMatch(e -> e.trigger().text().contains(f[2]));
      if (events.isEmpty() || nounAsAct) {
        missed.add(line.text() + " -> " + events.stream().map(e -> e.trigger().text()).toList());
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void denyingAPermissionIsARefusal() {
    List<String> missed = new ArrayList<>();
    int lines = 0;
    for (RuleFile.Line line : RuleFile.read("/event/triggers.tsv")) {
      String[] f = line.fields();
      if (f[0].equals("deny") && f.length == 7 && f[6].startsWith("obj=")) {
        lines++;
        if (!types(f[5]).contains("REJECT")) {
          missed.add(line.text());
        }
      }
    }
    assertThat(lines).isPositive();
    assertThat(missed).isEmpty();
  }

  @Test
  void anActInAPresentTenseTimeClauseHasNotHappenedYet() {
    assertThat(types("Chadian rebels refused to disarm until their demands are met."))
        .doesNotContain("CONCEDE", "CONSULT");
    assertThat(
            types("Rwandan rebels said Kigali must accept new elections before they demobilize."))
        .doesNotContain("RETREAT");
  }

  @Test
  void anAnnouncedActOnAnEventNounIsAnIntention() {
    assertThat(types("NATO said it would tighten the naval blockade of Libya."))
        .contains("THREATEN")
        .doesNotContain("COERCE");
  }

  @Test
  void wouldBeReadyStatesAReadiness() {
    assertThat(types("Morocco's king said he would be ready to host talks between the two sides."))
        .contains("AGREE");
  }

  @Test
  void anOfferedConcessionIsAnIntention() {
    assertThat(types("A Russian envoy offered concessions to Georgia on Tuesday."))
        .contains("AGREE")
        .doesNotContain("CONCEDE");
  }

  @Test
  void demandsThatWereMetWereConceded() {
    assertThat(types("The miners' demands were met by the Chilean government."))
        .contains("CONCEDE")
        .doesNotContain("CONSULT");
  }

  @Test
  void anEventNounAVerbalActIsAboutIsItsTopic() {
    assertThat(types("The Kenyan president welcomed the ceasefire between the Somali clans."))
        .contains("SUPPORT")
        .doesNotContain("RETREAT");
  }

  @Test
  void menArmedWithKnivesWereNotArmedByAnyone() {
    assertThat(types("Rwandan militiamen armed with machetes attacked a camp in Goma."))
        .contains("ASSAULT")
        .doesNotContain("AID");
  }

  @Test
  void aBillSignedAtHomeIsNoDiplomaticAgreement() {
    assertThat(types("Serbian dockers struck over a labour bill signed by the Serbian minister."))
        .doesNotContain("SUPPORT");
    assertThat(types("The border treaty was signed by Chile and Peru in Lima."))
        .contains("SUPPORT");
  }

  @Test
  void aForcefulActThatMayComeIfAConditionHoldsIsAThreat() {
    String text = "The African Union may suspend aid to Sudan if cooperation by Khartoum falters.";
    assertThat(types(text)).contains("THREATEN").doesNotContain("SANCTION", "COOPERATE");
  }

  @Test
  void unrestIsAStateOfAPlaceNotAProtest() {
    assertThat(
            types("Kenya extended the curfew in Kisumu in response to recent unrest in the town."))
        .contains("COERCE")
        .doesNotContain("PROTEST");
  }

  @Test
  void destroyingPropertyIsCoercionAsCameoCodesIt() {
    assertThat(types("Tamil guerrillas blew up two power lines leading into Jaffna."))
        .contains("COERCE");
    assertThat(types("Hindu settlers set fire to the offices of the Muslim trust in Ayodhya."))
        .contains("COERCE")
        .doesNotContain("ASSAULT");
    assertThat(types("Militants blew up a bus carrying pilgrims near Quetta.")).contains("ASSAULT");
  }

  @Test
  void aCompoundNamesWhatKindOfAgreementWasViolated() {
    assertThat(types("Sudanese troops violated the ceasefire agreement with the southern rebels."))
        .contains("ASSAULT")
        .doesNotContain("REJECT");
  }

  @Test
  void aPresentClauseOnANounSaysWhatItIsNotWhatItDid() {
    assertThat(
            types(
                "Chad said it would send troops to the border unless rebels fighting to topple the"
                    + " government laid down their arms."))
        .doesNotContain("ASSAULT");
    assertThat(
            types(
                "Eritrea agreed to admit UN monitors, who are deployed to oversee a ceasefire with"
                    + " Ethiopia."))
        .contains("AGREE")
        .doesNotContain("RETREAT");
    assertThat(types("The Israeli cabinet approved a plan that will not allow Hamas candidates."))
        .doesNotContain("REJECT");
    // but a past act told in a relative clause took place
    assertThat(
            types("Serbs demonstrated in Pristina, where 24 people were killed in riots in March."))
        .contains("ASSAULT");
  }

  @Test
  void theChargeOfAnArrestIsNotAsserted() {
    assertThat(types("A Canadian teacher was arrested in Lebanon for collaborating with Israel."))
        .contains("COERCE")
        .doesNotContain("COOPERATE");
  }

  @Test
  void insistingThatSomethingIsTrueIsNoDemand() {
    assertThat(types("Washington insisted the unrest in Baku reflected old ethnic tensions."))
        .doesNotContain("REQUEST");
    assertThat(types("The Nigerian union insisted on a written guarantee.")).contains("REQUEST");
    assertThat(types("The Ghanaian union insisted that the government pay the arrears."))
        .contains("REQUEST");
  }

  @Test
  void whatSomeoneCallsSomethingIsNoPhoneCall() {
    assertThat(
            types(
                "Britain outlawed the Ulster group because of what it called its role in killings."))
        .contains("COERCE")
        .doesNotContain("CONSULT");
  }

  @Test
  void whatADemandedAdmissionWouldSayIsNotAsserted() {
    assertThat(
            types(
                "Poland's parliament demanded an admission by Moscow that Soviet troops murdered"
                    + " Polish officers."))
        .contains("REQUEST")
        .doesNotContain("ASSAULT");
  }

  @Test
  void anAttackAnArmyPreparesIsAShowOfReadiness() {
    assertThat(types("The Ugandan army prepared to resume shelling rebel positions near Gulu."))
        .contains("MOBILIZE")
        .doesNotContain("ASSAULT");
    assertThat(types("The Chadian army said it is prepared to attack the rebel bases."))
        .contains("THREATEN")
        .doesNotContain("MOBILIZE");
  }

  @Test
  void aCallForActionAgainstSomeoneRalliesOppositionToThem() {
    assertThat(types("The Pope on Sunday called for sanctions against Burma after the crackdown."))
        .contains("ACCUSE")
        .doesNotContain("REQUEST");
    assertThat(types("Iran's president called on Muslims to unite against Israel."))
        .contains("ACCUSE");
    assertThat(types("The Kenyan council called for calm in Nairobi.")).contains("REQUEST");
  }

  @Test
  void aCaptureInWarIsFighting() {
    assertThat(
            types("Sudanese troops captured part of a rebel stronghold near the Chadian border."))
        .contains("ASSAULT")
        .doesNotContain("COERCE");
  }

  @Test
  void aHyphenatedTriggerMatchesAsTheTokenizerCutsIt() {
    assertThat(plain("Kenyan nurses staged a sit-in at the hospital in Kisumu."))
        .anySatisfy(e -> assertThat(e.trigger().text()).isEqualTo("sit-in"));
    assertThat(plain("Zambian miners staged a walk-out over unpaid wages."))
        .anySatisfy(e -> assertThat(e.trigger().text()).isEqualTo("walk-out"));
  }

  @Test
  void wordsThatOnlyLookLikeAnActAreNone() {
    assertThat(types("Nigeria's central bank said inflation would ease next year."))
        .doesNotContain("CONCEDE", "AGREE");
    assertThat(types("The Ghanaian mining company issued a press release on Tuesday."))
        .doesNotContain("RETREAT");
    assertThat(types("The Egyptian government provided no details about the plan."))
        .doesNotContain("AID");
    assertThat(types("The Senegalese president met opposition leaders to ease tensions."))
        .doesNotContain("CONCEDE");
    assertThat(types("The Kenyan leaders sought to ease tensions with Uganda."))
        .doesNotContain("REQUEST");
  }

  @Test
  void hostagesAreTakenOnlyWhereTheSentenceSaysSo() {
    assertThat(types("The families of the Japanese hostages appealed to the kidnappers in Iraq."))
        .doesNotContain("ASSAULT");
    assertThat(types("Abu Sayyaf gunmen took 21 hostages from a Malaysian resort."))
        .contains("ASSAULT");
  }

  @Test
  void whatIsDeniedOrPlannedIsNotAsserted() {
    assertThat(types("Rwanda denied supporting the M23 rebels in eastern Congo."))
        .doesNotContain("SUPPORT");
    assertThat(types("Kenyan police said the suspects were planning attacks on Nairobi malls."))
        .doesNotContain("ASSAULT");
  }

  @Test
  void insistingOnAClaimIsNoDemand() {
    assertThat(
            types(
                "Kenya's government insisted the clashes reflected old land disputes, not a"
                    + " rebellion."))
        .doesNotContain("REQUEST");
    assertThat(types("Peru's president insisted on a written guarantee from Chile."))
        .contains("REQUEST");
  }

  @Test
  void mobilizingUnarmedPeopleIsNoForcePosture() {
    assertThat(types("Egypt mobilized pressure groups in Europe to back the Palestinian bid."))
        .doesNotContain("MOBILIZE");
    assertThat(types("The Ethiopian army mobilized thousands of reservists.")).contains("MOBILIZE");
  }

  @Test
  void helpingAlongAnActIsNoAid() {
    assertThat(types("Qatar worked with Egypt to help ease tensions in Gaza."))
        .doesNotContain("AID");
    assertThat(types("Jordanian doctors helped the Syrian refugees in the camp.")).contains("AID");
  }

  @Test
  void troopsArrivingAreNotVisiting() {
    assertThat(types("Nigerian troops arrived in Monrovia on Tuesday.")).doesNotContain("CONSULT");
    assertThat(types("The Nigerian foreign minister arrived in Monrovia on Tuesday for talks."))
        .contains("CONSULT");
  }

  @Test
  void summoningAnAmbassadorIsAComplaint() {
    assertThat(types("Turkey summoned the Greek ambassador over the remarks."))
        .contains("ACCUSE")
        .doesNotContain("CONSULT");
  }

  @Test
  void anOrderToCloseDownIsARestriction() {
    List<String> missed = new ArrayList<>();
    for (RuleFile.Line line : RuleFile.read("/event/ordered-closures.tsv")) {
      List<String> types = types(line.fields()[1]);
      if (!types.contains("COERCE") || types.contains("REQUEST")) {
        missed.add(line.text() + " -> " + types);
      }
    }
    assertThat(missed).isEmpty();
    assertThat(types("A Peruvian judge ordered the former minister to testify."))
        .contains("REQUEST")
        .doesNotContain("COERCE");
  }

  @Test
  void openingABorderToPeopleIsRefuge() {
    assertThat(types("Niger opened its border to Malians fleeing the fighting."))
        .contains("AID")
        .doesNotContain("RETREAT");
    assertThat(types("Israel reopened the Kerem Shalom crossing on Sunday."))
        .contains("RETREAT")
        .doesNotContain("AID");
  }

  @Test
  void aPromiseNeverToCooperateIsARefusal() {
    assertThat(types("Peru's president vowed never to return the islands to Chile."))
        .contains("REJECT")
        .doesNotContain("AGREE", "RETREAT");
    assertThat(types("The Colombian rebels vowed not to attack civilians in Cauca."))
        .doesNotContain("REJECT");
  }

  @Test
  void aRestrictionSomethingHappensUnderIsAStateNotAnAct() {
    assertThat(types("Lima remained under a Peruvian curfew on Monday.")).doesNotContain("COERCE");
    assertThat(types("Iraq, under United Nations sanctions since 1990, sold oil to Jordan."))
        .doesNotContain("SANCTION");
    assertThat(types("Bolivia's government declared a state of emergency in La Paz."))
        .contains("COERCE");
  }

  @Test
  void everydayUsesOfActVerbsAreNoActs() {
    assertThat(types("Kenya's central bank cut interest rates on Tuesday."))
        .doesNotContain("SANCTION");
    assertThat(types("Israel and Egypt struck a deal on gas exports."))
        .contains("AGREE")
        .doesNotContain("ASSAULT");
    assertThat(types("The Peruvian minister delivered a message to the Chilean president."))
        .doesNotContain("AID");
    assertThat(types("Kenya received a shipment of rice from Japan.")).doesNotContain("CONSULT");
    assertThat(types("The king received the visiting Jordanian foreign minister."))
        .contains("CONSULT");
  }

  @Test
  void phrasalReadingsWinOverTheirVerb() {
    assertThat(types("Iraqi troops returned fire on the Iranian positions."))
        .contains("ASSAULT")
        .doesNotContain("RETREAT");
    assertThat(types("The Ugandan rebels backed down after the army's warning."))
        .contains("CONCEDE")
        .doesNotContain("SUPPORT");
  }

  @Test
  void whatAVerbTakesDecidesWhetherItActs() {
    assertThat(types("The Kenyan opposition attacked the government's budget plan."))
        .contains("ACCUSE")
        .doesNotContain("ASSAULT");
    assertThat(types("Kenya's army demonstrated its resolve on the border."))
        .doesNotContain("PROTEST");
    assertThat(types("The Chilean government released figures on Monday."))
        .doesNotContain("RETREAT");
    assertThat(types("Peru's government met the deadline for the payment."))
        .doesNotContain("CONSULT");
    assertThat(types("Bolivia's president called elections for May.")).doesNotContain("CONSULT");
    assertThat(types("Nigerian firefighters battled the blaze in Lagos."))
        .doesNotContain("ASSAULT");
    assertThat(types("The Ugandan rebels released two Kenyan hostages.")).contains("RETREAT");
    assertThat(types("Chilean students demonstrated outside the Peruvian embassy."))
        .contains("PROTEST");
  }

  @Test
  void officesSeatsAndVerdictsAreNoSpoilsOfForce() {
    assertThat(types("Mexico's finance minister took over as president of the bank."))
        .doesNotContain("COERCE");
    assertThat(types("The Kenyan opposition captured 40 seats in the election."))
        .doesNotContain("ASSAULT");
    assertThat(types("The Kenyan senator withdrew his candidacy for the presidency."))
        .doesNotContain("RETREAT");
    assertThat(types("Peru's senate killed the bill on Tuesday.")).doesNotContain("ASSAULT");
    assertThat(types("The Polish court returned a verdict against the Russian spy."))
        .doesNotContain("RETREAT");
  }

  @Test
  void whatIsTradedOrClosedDecidesTheCategory() {
    assertThat(types("Kenya and Uganda traded accusations over the border clash."))
        .contains("ACCUSE")
        .doesNotContain("COOPERATE");
    assertThat(types("Indian and Pakistani troops traded fire across the border."))
        .contains("ASSAULT")
        .doesNotContain("COOPERATE");
    assertThat(types("Spain closed its embassy in Caracas after the expulsions."))
        .contains("SANCTION")
        .doesNotContain("COERCE");
  }

  @Test
  void passengersConfessionsAndSilencesAreNoActs() {
    assertThat(types("Kenya's president boarded a plane for Paris on Monday."))
        .doesNotContain("COERCE");
    assertThat(types("Chilean rescuers searched the rubble for survivors."))
        .doesNotContain("COERCE");
    assertThat(types("A Kenyan official, who declined to be named, said the talks had stalled."))
        .doesNotContain("REJECT");
    assertThat(types("The Peruvian minister declined to meet the Chilean delegation."))
        .contains("REJECT");
    assertThat(types("Sudan admitted the UN inspectors to the Darfur camps.")).contains("RETREAT");
  }

  @Test
  void everyPromiseVerbsExampleIsARefusal() {
    List<String> missed = new ArrayList<>();
    for (RuleFile.Line line : RuleFile.read("/event/promise-verbs.tsv")) {
      String example = line.fields()[1];
      if (!types(example).contains("REJECT")) {
        missed.add(line.text() + " -> " + types(example));
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void anActNamedAsFearedHopedForOrPlannedIsNoFact() {
    assertThat(types("Kenya closed its border with Somalia amid fears of a rebel attack."))
        .contains("COERCE")
        .doesNotContain("ASSAULT");
    assertThat(types("Kenyan police broke up a planned protest by opposition supporters."))
        .doesNotContain("PROTEST");
  }

  @Test
  void everyProspectWordsExampleNamesAnActNotDone() {
    List<String> wrong = new ArrayList<>();
    for (RuleFile.Line line : RuleFile.read("/event/prospect-words.tsv")) {
      String noun = line.fields()[2];
      String example = line.fields()[3];
      List<Event> named =
          Pipelines.analyze(example, "2031-04-04").events().stream()
              .filter(e -> e.trigger().text().toLowerCase(java.util.Locale.ROOT).contains(noun))
              .toList();
      if (named.isEmpty() || named.stream().anyMatch(e -> !e.hypothetical())) {
        wrong.add(line.text() + " -> " + named.stream().map(Event::type).toList());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aVerbOfCooperationWhoseObjectIsNoCooperationIsNoSuchAct() {
    assertThat(types("Syria called the Israeli raid a flagrant violation of international law."))
        .doesNotContain("CONSULT");
    assertThat(types("The tribunal said Serb forces committed atrocities in the Bosnian town."))
        .doesNotContain("AGREE");
    assertThat(types("Syria offered no proof of the Israeli plot.")).doesNotContain("AGREE");
    assertThat(
            types("The Afghan president recognized that the talks with the Taliban had stalled."))
        .doesNotContain("SUPPORT");
    assertThat(types("The Peruvian senate backed out of the border deal with Chile."))
        .doesNotContain("SUPPORT");
  }

  @Test
  void aVerbOfForceWhoseObjectIsNoForceIsNoSuchAct() {
    assertThat(types("The opposition seized on the minister's remarks to demand his resignation."))
        .doesNotContain("COERCE");
    assertThat(types("The Sri Lankan army released a letter from the captured rebel commander."))
        .doesNotContain("RETREAT");
    assertThat(types("The Iraqi raid left little doubt about Baghdad's intentions toward Kuwait."))
        .doesNotContain("SANCTION");
    assertThat(types("Colombian rebels released the hostages.")).contains("RETREAT");
    assertThat(types("The Kurdish party left the ruling coalition in Baghdad."))
        .contains("SANCTION");
  }

  @Test
  void aDateIsNoTargetAndACountedForceIsStillAForce() {
    assertThat(types("Serbian workers began an open-ended strike on Monday."))
        .contains("PROTEST")
        .doesNotContain("ASSAULT");
    assertThat(
            types("A first group of Kenyan peacekeeping troops arrived in Mogadishu on Tuesday."))
        .doesNotContain("CONSULT");
  }

  @Test
  void anActResumedIsThatActAgainNotAnAgreement() {
    assertThat(types("Serbian artillery resumed shelling of Sarajevo on Sunday."))
        .contains("ASSAULT")
        .doesNotContain("AGREE");
    assertThat(types("Israel and Syria resumed talks in Washington on Monday."))
        .contains("CONSULT")
        .doesNotContain("AGREE");
  }

  @Test
  void aSettlementAsAPlaceAndTheOppositionAsPartiesAreNoActs() {
    assertThat(types("Israeli troops raided a Jewish settlement near Nablus on Tuesday."))
        .contains("COERCE")
        .doesNotContain("AGREE");
    assertThat(types("Israeli troops raided a settlement near Nablus on Tuesday."))
        .doesNotContain("AGREE");
    assertThat(types("The Sudanese government and the rebels reached a settlement of the dispute."))
        .contains("AGREE");
    assertThat(types("The Ghanaian minister allowed the opposition to hold a rally in Accra."))
        .doesNotContain("REJECT");
    assertThat(types("Ghana's opposition to the dam on the Volta hardened.")).contains("REJECT");
  }

  @Test
  void anActNamedAsTheSubjectOfAJudgementIsNoActDone() {
    assertThat(
            types(
                "Kenyan officials said that removing the sanctions on Sudan is out of the question."))
        .doesNotContain("RETREAT", "SANCTION");
    assertThat(types("Attacking Iraq is a mistake, the French foreign minister said."))
        .doesNotContain("ASSAULT");
    assertThat(plain("Shelling the town killed 12 civilians, the UN said."))
        .anySatisfy(e -> assertThat(e.trigger().text()).isEqualTo("Shelling"));
    assertThat(types("Canada removed its sanctions on Libya on Monday."))
        .contains("RETREAT")
        .doesNotContain("SANCTION");
  }
}

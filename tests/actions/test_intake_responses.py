"""The contact request's texts, once in brainnetwork/content/intake.yml, are the domain's
responses now: each response, filled in by Rasa's own templated NLG with the values its
action passes, is exactly the old text with its buttons, and the apology is too."""

import pytest
import yaml
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from brainnetwork.practice import current_practice
from brainnetwork.responses import apology
from tests.conftest import ROOT

# brainnetwork/content/intake.yml as it was before the texts moved, kept only for this test.
OLD_INTAKE_TEXTS = yaml.safe_load(r"""
offer:
  text: "Wil je dat de praktijk contact met je opneemt? Dan noteer ik een paar gegevens."
  buttons: [["Ja, graag", "/affirm"], ["Nee, dank je", "/deny"]]
ask_consent:
  text: "Voordat ik iets noteer: ik vraag je naam, je telefoonnummer of e-mailadres, een voorkeursmoment en eventueel waar je contact over wilt. Dat bewaren we alleen om contact met je op te nemen. Alleen de medewerkers van {practice_name} zien het, en na {retention_days} dagen verwijderen we het. Ga je daarmee akkoord?"
  buttons: [["Ja, akkoord", "/affirm"], ["Nee, liever niet", "/deny"]]
wrong_consent:
  text: "Wil je met 'ja' of 'nee' antwoorden? Zonder jouw akkoord sla ik niets op."
no_consent:
  text: "Helemaal goed, ik sla niets op. Je kunt de praktijk zelf bereiken: bel {practice_phone} ({practice_hours}) of mail naar {practice_email}."
ask_visitor_name:
  text: "Hoe heet je? Je voornaam is genoeg."
wrong_visitor_name:
  text: "Dat herken ik niet als naam. Typ alleen je naam, bijvoorbeeld 'Sanne'."
ask_contact_method:
  text: "Hoe wil je bereikt worden: telefonisch of per e-mail?"
  buttons: [["Telefonisch", "telefonisch"], ["Per e-mail", "per e-mail"]]
wrong_contact_method:
  text: "Kies 'telefonisch' of 'per e-mail', of typ meteen je telefoonnummer of e-mailadres."
ask_phone:
  text: "Op welk telefoonnummer kan de praktijk je bellen?"
wrong_phone:
  text: "Dat lijkt geen geldig telefoonnummer. Typ het bijvoorbeeld zo: 06-12345678 of 020-1234567."
ask_email:
  text: "Op welk e-mailadres kan de praktijk je mailen?"
wrong_email:
  text: "Dat lijkt geen geldig e-mailadres. Typ het bijvoorbeeld zo: naam@voorbeeld.nl."
ask_preferred_moment:
  text: "Wanneer komt het je het beste uit? Bijvoorbeeld 'morgenochtend', 'dinsdagmiddag' of 'maakt niet uit'. De praktijk is bereikbaar op {practice_hours}."
  buttons: [["Maakt niet uit", "maakt niet uit"]]
wrong_preferred_moment:
  text: "Dat moment kan ik niet plaatsen. Probeer bijvoorbeeld 'donderdagmiddag', 'volgende week maandag na 10 uur' of 'maakt niet uit'."
closed_preferred_moment:
  text: "Op dat moment is de praktijk helaas niet bereikbaar. Dit zijn de eerstvolgende momenten die wel kunnen:"
ask_reason:
  text: "Wil je kort vertellen waar je contact over wilt? Overslaan mag ook: typ dan 'geen'."
  buttons: [["Geen reden opgeven", "geen"]]
ask_reason_prefilled:
  text: "Je noemde eerder {complaints}. Zal ik dat als reden noteren? Je kunt ook zelf iets typen, of 'geen'."
  buttons: [["Ja, noteer dat", "/affirm"], ["Geen reden opgeven", "geen"]]
wrong_reason:
  text: "Dat is wat lang. Wil je het in een paar zinnen samenvatten (hooguit 500 tekens)?"
too_many_failures:
  text: "Het lukt niet goed via de chat, en dat is niet erg. Je kunt de praktijk ook direct bellen op {practice_phone} ({practice_hours}). Wil je stoppen met dit verzoek? Typ dan 'stop'. Je mag het ook nog een keer proberen."
  buttons: [["Stoppen", "stop"]]
ask_confirmed:
  text: "Ik heb dit genoteerd:\n- Naam: {name}\n- Bereikbaar via: {reach}\n- Voorkeursmoment: {moment}\n- Reden: {reason}\n\nKlopt dit?"
  buttons: [["Ja, klopt", "/affirm"], ["Nee, aanpassen", "/deny"]]
ask_correction:
  text: "Wat moet er anders? Typ bijvoorbeeld 'mijn nummer is 06-87654321', 'mijn naam is Sanne', 'mail naar naam@voorbeeld.nl' of een ander moment, zoals 'vrijdagochtend'."
confirmation:
  text: "Dank je wel, {name}. Je verzoek is opgeslagen onder referentie **{reference}**. De praktijk neemt {callback_promise} contact met je op via {reach}. Heb je intussen een vraag, bel dan gerust {practice_phone}."
store_failed:
  text: "Het spijt me: er ging iets mis bij het opslaan, dus je verzoek is niet bewaard. Wil je de praktijk zelf bellen op {practice_phone} of mailen naar {practice_email}? Dan helpen we je zo snel mogelijk."
action_failed:
  text: "Sorry, er ging bij mij iets mis. Je kunt de praktijk direct bereiken via {practice_phone} of {practice_email}."
""")

# Old key -> the response that replaced it.
RESPONSE_OF = {
    "offer": "utter_offer_contact",
    "ask_consent": "utter_ask_consent",
    "wrong_consent": "utter_invalid_consent",
    "no_consent": "utter_consent_refused",
    "ask_visitor_name": "utter_ask_visitor_name",
    "wrong_visitor_name": "utter_invalid_visitor_name",
    "ask_contact_method": "utter_ask_contact_method",
    "wrong_contact_method": "utter_invalid_contact_method",
    "ask_phone": "utter_ask_phone",
    "wrong_phone": "utter_invalid_phone",
    "ask_email": "utter_ask_email",
    "wrong_email": "utter_invalid_email",
    "ask_preferred_moment": "utter_ask_preferred_moment",
    "wrong_preferred_moment": "utter_invalid_preferred_moment",
    "closed_preferred_moment": "utter_closed_at_preferred_moment",
    "ask_reason": "utter_ask_reason",
    "ask_reason_prefilled": "utter_ask_reason_with_complaints",
    "wrong_reason": "utter_invalid_reason",
    "too_many_failures": "utter_too_many_failures",
    "ask_confirmed": "utter_ask_confirmed",
    "ask_correction": "utter_ask_correction",
    "confirmation": "utter_intake_confirmation",
    "store_failed": "utter_intake_store_failed",
    "action_failed": "utter_action_failed",
}
# What the actions pass: the practice's details and the values of the moment.
VALUES = {
    **current_practice().template_values(), "retention_days": 90, "complaints": "somberheid en vermoeidheid",
    "name": "Sanne", "reach": "telefoon (06 12345678)", "moment": "dinsdag 1 december, 12:00-17:00",
    "reason": "vermoeidheid", "reference": "BN-K7Q2XM",
}


@pytest.mark.filterwarnings("ignore:Slot auto-fill has been removed")  # Rasa says so for any domain with slots
async def test_every_old_text_is_its_response_filled_in_by_rasa():
    assert set(RESPONSE_OF) == set(OLD_INTAKE_TEXTS), "every old text has its response"
    domain = Domain.load([str(ROOT / "domain.yml"), str(ROOT / "data" / "responses")])
    nlg = TemplatedNaturalLanguageGenerator(domain.responses)
    tracker = DialogueStateTracker("bezoeker", domain.slots)  # the form's slots empty: the values decide
    for key, old in OLD_INTAKE_TEXTS.items():
        rendered = await nlg.generate(RESPONSE_OF[key], tracker, "rest", **VALUES)
        assert rendered["text"] == old["text"].format(**VALUES), key
        old_buttons = [{"title": title, "payload": payload} for title, payload in old.get("buttons", [])]
        assert (rendered.get("buttons") or []) == old_buttons, key
    assert apology() == OLD_INTAKE_TEXTS["action_failed"]["text"].format(**VALUES)

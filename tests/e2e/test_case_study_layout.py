"""Long German words in the facts box are hyphenated, not broken at an arbitrary letter."""

from bestpractice.factories import case_study_index, create_case_study


def test_the_facts_box_hyphenates_german_words(page, kommune):
    study = create_case_study(case_study_index(), kommunen=[kommune], title="Digitale Akte")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(study.url)
    assert page.evaluate("document.documentElement.lang") == "de"
    hyphens = page.evaluate(
        "getComputedStyle(document.querySelector('.case-study-facts dt')).hyphens"
    )
    assert hyphens == "auto"

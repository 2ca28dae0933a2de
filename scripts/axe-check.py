#!/usr/bin/env python3
"""Runs axe-core's WCAG 2.1 A and AA rules on pages of a built site in headless Chromium.

    scripts/axe-check.py [--site DIR] [PAGE ...]

PAGE: paths inside the site (default: every kind of page once — the home page, and for each
year its overview, every quarter ranking, the subsidy table, the forms, the booklet, the rules
page and one community's scorecard and quarter scorecard). Prints each violation with the rule,
its impact and the offending nodes; exits 1 when there is any.

Needs: Debian's chromium and chromium-driver, and from PyPI selenium and axe-playwright-python,
only for the axe-core build it carries (axe.min.js, 4.12; the npm registry is not reachable here;
axe-selenium-python carries a 3.x axe without the WCAG 2.1 rules):
    apt-get install -y chromium chromium-driver
    pip install selenium && pip install --no-deps axe-playwright-python
"""
import argparse
import glob
import os
import sys

import axe_playwright_python
from selenium import webdriver
from selenium.webdriver.chrome.service import Service


AXE = open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"), encoding="utf-8").read()

# Runs the WCAG 2.1 A and AA rules on the whole document and hands back what a report needs.
RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
  .then(function (r) {
    done({version: r.testEngine.version, passes: r.passes.length,
          violations: r.violations.map(function (v) {
            return [v.id, v.impact, v.help, v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })];
          })});
  })
  .catch(function (e) { done({error: String(e)}); });
"""


def default_pages(site):
    pages = ["index.html"]
    for year in sorted(d for d in os.listdir(site) if d.isdigit()):
        for name in ["index.html", "q1.html", "q2.html", "q3.html", "q4.html", "subsidy.html", "forms.html",
                     "scorecards.html", "rules.html"]:
            if os.path.exists(os.path.join(site, year, name)):
                pages.append(f"{year}/{name}")
        cards = sorted(glob.glob(os.path.join(site, year, "c", "*.html")))
        if cards:
            pages.append(os.path.relpath(cards[0], site))
            quarter = sorted(glob.glob(cards[0][:-5] + "/q*.html"))
            if quarter:
                pages.append(os.path.relpath(quarter[-1], site))
    return pages


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", default="site")
    parser.add_argument("pages", nargs="*")
    args = parser.parse_args()
    pages = args.pages or default_pages(args.site)
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1024"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(600)
    failures = 0
    try:
        for page in pages:
            driver.get("file://" + os.path.abspath(os.path.join(args.site, page)))
            driver.execute_script(AXE)
            results = driver.execute_async_script(RUN)
            if "error" in results:
                sys.exit(f"{page}: axe-core failed: {results['error']}")
            violations = results["violations"]
            print(f"{page}: {len(violations)} violation(s), {results['passes']} rules passed (axe-core {results['version']})")
            for rule, impact, help_text, nodes in violations:
                failures += 1
                print(f"  {rule} ({impact}): {help_text}")
                for node in nodes:
                    print(f"    {node}")
    finally:
        driver.quit()
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

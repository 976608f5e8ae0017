-- deflators.lua: the GDP deflator that econ.reprice uses to express costs in
-- one year's prices.  Data only; replace the table when HM Treasury
-- publishes a new release, and change `source`, `release` and the test in
-- tests/lua/test-econ.lua with it.
--
-- HM Treasury, "GDP deflators at market prices, and money GDP", December
-- 2025 (Quarterly National Accounts) release: the calendar-year series
-- (ONS series MNF2), 2024 = 100, outturn 1990-2024, to four decimals.
-- https://www.gov.uk/government/collections/gdp-deflators-at-market-prices-and-money-gdp
-- The figures were read from the copy of that release's calendar-year
-- table in the CRAN package greenbook (C. Coverdale, inst/extdata/
-- gdp_deflator.csv, refreshed from CGDP_Deflators_Qtrly_National_Accounts_
-- December_2025_update.xlsx); check them against the Treasury spreadsheet
-- when updating.  Years after the last outturn year are not in the series:
-- econ.reprice needs an assumed inflation rate for them (for example the
-- OBR's forecast for the GDP deflator in the latest release).
return {
  source = "HM Treasury, GDP deflators at market prices, and money GDP, December 2025 (Quarterly National Accounts), calendar years, 2024 = 100",
  url = "https://www.gov.uk/government/collections/gdp-deflators-at-market-prices-and-money-gdp",
  release = "2025-12",
  base = 2024,
  first = 1990,
  last = 2024,
  index = {
    [1990] = 42.7537, [1991] = 45.6203, [1992] = 47.1096, [1993] = 48.5208, [1994] = 49.4168,
    [1995] = 50.7097, [1996] = 52.8097, [1997] = 52.8303, [1998] = 53.5326, [1999] = 54.2793,
    [2000] = 54.8102, [2001] = 55.7479, [2002] = 56.9110, [2003] = 58.2660, [2004] = 59.8584,
    [2005] = 61.5718, [2006] = 63.4682, [2007] = 64.7322, [2008] = 66.8900, [2009] = 68.2170,
    [2010] = 69.1217, [2011] = 70.8340, [2012] = 71.9294, [2013] = 73.4795, [2014] = 74.6524,
    [2015] = 75.1536, [2016] = 76.4554, [2017] = 77.6367, [2018] = 79.1606, [2019] = 81.1085,
    [2020] = 85.2137, [2021] = 85.6358, [2022] = 90.5005, [2023] = 96.2507, [2024] = 100.0000,
  },
}

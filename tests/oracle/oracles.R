# oracles.R: the independent figures the tests of issue 18 compare with,
# computed with R (4.2.2 here) and kept as fixed numbers in
# tests/lua/test-designs.lua, test-econ.lua and test-calc.sh, since the test
# machines have neither R nor a network.  Not run by make check: rerun it by
# hand after changing a formula, and compare.
#
#   Rscript tests/oracle/oracles.R [PowerUpR library folder]
#
# PowerUpR 1.0.4 (it still has bira2f1, bira2c1 and bcra3f2) installed from
# its CRAN source into a folder given as the argument; without it, the
# PowerUp! lines are skipped.  Everything else is base R: each formula is
# written here from its paper, not from evalwiz.
args <- commandArgs(TRUE)
f <- function(x) formatC(x, digits = 17, format = "g")
say <- function(...) cat(..., "\n")
M <- function(df, a = .05, p = .8, t = 2) qt(1 - a / t, df) + qt(p, df)

# ---- PowerUpR: the PowerUp! family (Dong & Maynard 2013) ---------------------
if (length(args) > 0) {
  .libPaths(c(args[1], .libPaths()))
  suppressMessages(library(PowerUpR))
  call <- function(fn, a) { out <- NULL; capture.output(out <- do.call(fn, a)); out }
  md <- function(fn, a) call(fn, a)$mdes[1]
  say("bira2f1 n55 J3", f(md("mdes.bira2f1", list(n = 55, J = 3))))
  say("bira2f1 n20 J10 r21 .5 g1 1 p .4", f(md("mdes.bira2f1", list(n = 20, J = 10, r21 = .5, g1 = 1, p = .4))))
  say("bira2c1 n55 J14", f(md("mdes.bira2c1", list(n = 55, J = 14))))
  say("bira2r1 rho2 .35 omega2 .1 n83 J480", f(md("mdes.bira2r1", list(rho2 = .35, omega2 = .10, n = 83, J = 480))))
  say("bira2r1 with covariates", f(md("mdes.bira2r1", list(rho2 = .2, omega2 = .5, n = 30, J = 12, r21 = .4, r2t2 = .3, g2 = 1))))
  say("cra3r3", f(md("mdes.cra3r3", list(rho3 = .06, rho2 = .17, n = 15, J = 3, K = 60))))
  say("cra3r3 with covariates", f(md("mdes.cra3r3", list(rho3 = .1, rho2 = .15, n = 20, J = 4, K = 16, r21 = .5, r22 = .4, r23 = .3, g3 = 1, p = .4))))
  say("bcra3f2", f(md("mdes.bcra3f2", list(rho2 = .10, n = 20, J = 44, K = 5))))
  say("bcra3f2 with covariates", f(md("mdes.bcra3f2", list(rho2 = .15, n = 10, J = 4, K = 6, r21 = .5, r22 = .3, g2 = 2))))
  say("bcra3r2", f(md("mdes.bcra3r2", list(rho3 = .13, rho2 = .10, omega3 = .4, n = 10, J = 6, K = 24))))
  say("ira1r1 n 200/1.5 (matched, deff 1.5)", f(md("mdes.ira1r1", list(n = 200 / 1.5))))
  say("ira1r1 n 4 (df 2)", f(md("mdes.ira1r1", list(n = 4))))
  # the sample: PowerUpR's mrss (rounded) and the smallest whole number by search
  small <- function(fn, a, key, es, lo) {
    u <- lo
    repeat { a[[key]] <- u; v <- tryCatch(md(fn, a), error = function(e) Inf)
      if (is.finite(v) && v <= es) return(u); u <- u + 1 }
  }
  for (c in list(
    list("bira2r1", list(rho2 = .35, omega2 = .10, n = 20), "J", 2),
    list("bira2f1", list(n = 20), "J", 1),
    list("cra3r3", list(rho3 = .06, rho2 = .17, n = 15, J = 3), "K", 3),
    list("bcra3f2", list(rho2 = .10, n = 20, J = 4), "K", 1),
    list("bcra3r2", list(rho3 = .13, rho2 = .10, omega3 = .4, n = 10, J = 6), "K", 2))) {
    r <- call(paste0("mrss.", c[[1]]), c(list(es = .25), c[[2]]))
    say("mrss", c[[1]], r[[c[[3]]]], "smallest", small(paste0("mdes.", c[[1]]), c[[2]], c[[3]], .25, c[[4]]))
  }
}

# ---- the exact noncentral-t factor --------------------------------------------
ex <- function(df, a = .05, pw = .8, t = 2) {
  cr <- qt(1 - a / t, df)
  uniroot(function(d) pt(cr, df, d, lower.tail = FALSE) + (if (t == 2) pt(-cr, df, d) else 0) - pw, c(0, 200), tol = 1e-14)$root
}
say("exact df 2", f(ex(2)), "df 1", f(ex(1)), "df 10", f(ex(10)), "df 2 one-tailed", f(ex(2, t = 1)))

# ---- unequal cluster sizes (Eldridge, Ashby & Kerry 2006) ---------------------
say("cra2 cv .5", f(M(18) * sqrt(.1 * (1 + .25) / (.25 * 20) + .9 / (.25 * 20 * 25))))

# ---- partially nested (Moerbeek & Wong 2008; Satterthwaite df) ----------------
pn <- function(n, m, icc, p = .5, r2 = 0) {
  nt <- p * n; nc <- (1 - p) * n; J <- nt / m
  vt <- icc / J + (1 - icc) * (1 - r2) / nt; vc <- (1 - r2) / nc
  df <- (vt + vc)^2 / (vt^2 / (J - 1) + vc^2 / (nc - 1))
  c(M(df) * sqrt(vt + vc), df)
}
say("pn 120 8 .1", f(pn(120, 8, .1)))
say("pn 200 10 .05 p .6 r2 .4", f(pn(200, 10, .05, .6, .4)))
say("pn demo 288 10 .05 r2 .4", f(pn(288, 10, .05, .5, .4)))
n <- 32; while (pn(n, 8, .1)[1] > .4) n <- n + 1; say("pn n for .4", n)

# ---- regression discontinuity (Schochet 2008) ---------------------------------
rd <- function(p, s = "normal") { r2 <- if (s == "normal") dnorm(qnorm(1 - p))^2 / (p * (1 - p)) else 3 * p * (1 - p); 1 / (1 - r2) }
for (p in c(.5, 1/3, .25, .1)) say("rdd deff", p, f(rd(p)), f(rd(p, "uniform")))
say("rdd n 800", f(M(797) * sqrt(rd(.5) / (.25 * 800))))
say("rdd n 800 p .3 r2 .5 g 1", f(M(796) * sqrt(rd(.3) * .5 / (.21 * 800))))
say("rdd clusters 60 of 20 icc .15", f(M(57) * sqrt(rd(.5) * (.15 / (.25 * 60) + .85 / (.25 * 60 * 20)))))

# ---- difference-in-differences (Teerenstra et al. 2012 for areas) ------------
say("did n 400 r .5", f(M(398) * sqrt(2 * .5 / (.25 * 400))))
say("did 20 areas of 50 icc .05 ac .7", f(M(18) * sqrt(2 * (.05 * (1 - .7) + .95 / 50) / (.25 * 20))))
say("did 20 areas ac 0", f(M(18) * sqrt(2 * (.05 + .95 / 50) / (.25 * 20))))

# ---- stepped wedge (Hussey & Hughes 2007), and the same by GLS ---------------
groups <- function(I, S) { per <- I %/% S; extra <- I %% S; rep(1:S, times = per + (1:S <= extra)) }
hh <- function(I, S, m, rho) {
  T <- S + 1; X <- t(sapply(groups(I, S), function(k) as.numeric(1:T > k)))
  s2 <- (1 - rho) / m; tau2 <- rho
  U <- sum(X); W <- sum(colSums(X)^2); V <- sum(rowSums(X)^2)
  I * s2 * (s2 + T * tau2) / ((I * U - W) * s2 + (U^2 + I * T * U - T * W - I * V) * tau2)
}
gls <- function(I, S, m, rho) {
  T <- S + 1; Vi <- solve(diag((1 - rho) / m, T) + matrix(rho, T, T)); A <- matrix(0, T + 1, T + 1)
  for (k in groups(I, S)) { Xi <- cbind(diag(T), as.numeric(1:T > k)); A <- A + t(Xi) %*% Vi %*% Xi }
  solve(A)[T + 1, T + 1]
}
z <- qnorm(.975) + qnorm(.8)
for (cs in list(c(12, 4, 20, .05), c(10, 5, 10, .1), c(12, 4, 6, .05), c(9, 3, 30, .01), c(10, 4, 15, .2)))
  say("sw", cs, f(z * sqrt(hh(cs[1], cs[2], cs[3], cs[4]))), "gls", f(z * sqrt(gls(cs[1], cs[2], cs[3], cs[4]))),
      "parallel", f(z * sqrt(4 * (cs[4] + (1 - cs[4]) / (cs[3] * (cs[2] + 1))) / cs[1])))
I <- 4; while (z * sqrt(hh(I, 4, 20, .05)) > .3) I <- I + 4; say("sw clusters for .3", I)

# ---- interrupted time series (segmented regression, GLS with AR(1)) ----------
its <- function(t0, t1, phi, which = 3) {
  T <- t0 + t1; t <- 1:T; D <- as.numeric(t > t0)
  X <- cbind(1, t, D, D * (t - t0 - 1)); S <- phi^abs(outer(t, t, "-"))
  solve(t(X) %*% solve(S) %*% X)[which, which]
}
for (cs in list(c(12, 12, 0), c(24, 12, .3), c(8, 8, .5), c(36, 24, -.2)))
  say("its", cs, f(M(cs[1] + cs[2] - 4) * sqrt(its(cs[1], cs[2], cs[3]))), "slope", f(M(cs[1] + cs[2] - 4) * sqrt(its(cs[1], cs[2], cs[3], 4))))
say("its with a comparison series 12 12 .3", f(M(40) * sqrt(2 * its(12, 12, .3))))
t1 <- 2; while (M(24 + t1 - 4) * sqrt(its(24, t1, .3, 4)) > .2) t1 <- t1 + 1; say("its points for a slope of .2", t1)

# ---- binary outcomes: power.prop.test, tight tolerance ------------------------
for (cs in list(c(.3, .2), c(.5, .4), c(.1, .05), c(.2, .3), c(.65, .8)))
  say("prop n", cs, f(power.prop.test(p1 = cs[1], p2 = cs[2], power = .8, tol = 1e-12)$n))
say("prop n a .01 power .9", f(power.prop.test(p1 = .3, p2 = .2, power = .9, sig.level = .01, tol = 1e-12)$n))
say("prop n one-sided", f(power.prop.test(p1 = .3, p2 = .2, power = .8, alternative = "one.sided", tol = 1e-12)$n))
n <- power.prop.test(p1 = .3, p2 = .2, power = .8, tol = 1e-12)$n
say("clusters per arm, m 20 icc .05", f(n * 1.95 / 20), "cv .4", f(n * (1 + ((1 + .4^2) * 20 - 1) * .05) / 20))
pw <- function(n, p1, p2) pnorm((sqrt(n) * abs(p1 - p2) - qnorm(.025, lower.tail = FALSE) * sqrt((p1 + p2) * (1 - (p1 + p2) / 2))) / sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
for (n in c(50, 150, 400)) say("detectable from .3 with", n, "a group: up", f(power.prop.test(n = n, p1 = .3, power = .8, tol = 1e-12)$p2),
  "down", f(uniroot(function(p2) pw(n, .3, p2) - .8, c(1e-10, .3), tol = 1e-15)$root))

# ---- counts (Hayes & Bennett 1999) -------------------------------------------
y <- z^2 * 3.5 / .25; say("count person-time a group 2 -> 1.5", f(y))
say("count clusters a group, 30 a cluster, k .25", f(1 + z^2 * (3.5 / 30 + .25^2 * (4 + 2.25)) / .25))
say("count detectable with 200 a group: up", f(uniroot(function(r) (r - 2)^2 - z^2 * (2 + r) / 200, c(2, 10), tol = 1e-14)$root),
  "down", f(uniroot(function(r) (r - 2)^2 - z^2 * (2 + r) / 200, c(0, 2), tol = 1e-14)$root))

# ---- pilot precision ---------------------------------------------------------
for (cs in list(c(24, 30), c(45, 60), c(8, 10), c(30, 120))) say("wilson", cs, f(prop.test(cs[1], cs[2], correct = FALSE)$conf.int))
say("wilson 90%", f(prop.test(24, 30, correct = FALSE, conf.level = .9)$conf.int))
for (n in c(30, 60, 12)) { df <- n - 1; say("sd", n, f(sqrt(df / qchisq(.975, df))), f(sqrt(df / qchisq(.025, df))), f(sqrt(df / qchisq(.2, df)))) }
say("sd upper 80%, df 58", f(sqrt(58 / qchisq(.2, 58))))
hw <- function(p, n, z = qnorm(.975)) z * sqrt(p * (1 - p) / n + z^2 / (4 * n^2)) / (1 + z^2 / n)
n <- 2; while (hw(.8, n) > .1) n <- n + 1; say("pilot n, retention .8 within .1", n)
n <- 2; while (hw(.3, n) > .05) n <- n + 1; say("pilot approached, recruitment .3 within .05", n)

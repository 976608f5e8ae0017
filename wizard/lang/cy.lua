-- Cymraeg (Welsh) for the default pack: step titles and purposes,
-- questions, options, the diagram's columns and the plan document's fixed
-- headings (the table returned as cy below), then each step's guidance and
-- each question's help (help, merged in at the end) and the glossary.
-- `evalwiz pack lint wizard --untranslated cy` lists nothing.  Plain
-- public-sector Welsh; keys are the pack's ids.  Terms kept throughout:
-- theori newid, model rhesymeg, glasbrint, gwerthusiad proses / effaith /
-- economaidd, grŵp cymharu, ffyddlondeb, ymadael (attrition), maint effaith.
local informant = {
  parent = "rhiant neu ofalwr", child = "plentyn", teacher = "athro neu staff meithrin",
  practitioner = "ymarferydd", observer = "arsylwr annibynnol", admin_data = "cofnodion gweinyddol",
}
local designs = {
  individual_rct = "hap-dreial wedi'i reoli (unigolion)",
  cluster_rct = "hap-dreial clwstwr",
  stepped_wedge = "treial lletem risiog",
  rdd = "diffyg parhad atchweliad (regression discontinuity)",
  did = "gwahaniaeth-mewn-gwahaniaethau",
  matched = "cymhariaeth gyfatebol (sgôr tueddiad)",
  its = "cyfres amser wedi'i thorri",
  pre_post = "cyn ac ar ôl (dim grŵp cymharu)",
}
local status4 = { done = "wedi'i wneud", in_progress = "ar y gweill", planned = "wedi'i gynllunio", not_needed = "dim angen" }

local cy = {
  title = "Deg cam EIF i werthuso",
  description = "O theori newid, drwy fodel rhesymeg a glasbrint, i werthuso proses, effaith a gwerth economaidd.",
  steps = {
    opening = {
      title = "Am y cynllun hwn", short = "Am y cynllun",
      purpose = "Dywedwch pwy sy'n ysgrifennu'r cynllun, pa wasanaeth y mae'n ymwneud ag ef, a pha mor bell ar hyd y deg cam ydych chi eisoes.",
      leads_to = "man cychwyn cyffredin: pwy sy'n ysgrifennu'r cynllun, ar gyfer pa wasanaeth, a pha mor bell ar hyd y camau y mae",
      fields = {
        plan_title = { label = "Beth ddylai enw'r cynllun fod?" },
        organisation = { label = "Pa sefydliad sy'n rhedeg y gwasanaeth?" },
        team = { label = "Pa dîm sy'n ysgrifennu'r cynllun?" },
        lead_contact = { label = "Pwy yw'r prif gyswllt ar gyfer y cynllun?" },
        academic_partner = { label = "Pwy yw eich partner academaidd neu werthuso?" },
        intervention = { label = "Beth yw enw'r ymyriad?" },
        intervention_summary = { label = "Disgrifiwch yr ymyriad mewn dwy neu dair brawddeg." },
        steps_done = { label = "Pa gamau ydych chi wedi'u cwblhau eisoes?", options = {
          theory_of_change = "1. Theori newid", logic_model = "2. Model rhesymeg", blueprint = "3. Glasbrint",
          process_study = "4. Astudiaeth gweithredu a phroses", pilot_outcome = "5. Astudiaeth effaith beilot",
          impact = "6. Gwerthusiad effaith", follow_up = "7. Dilyniant tymor hir", replication = "8. Ailadrodd",
          value_for_money = "9. Gwerth am arian", quality_assurance = "10. Sicrhau ansawdd ar raddfa",
        } },
        prior_level = { label = "Pa lefel o dystiolaeth sydd gan yr ymyriad eisoes?", options = {
          none = "heb ei werthuso eto", nl2 = "NL2: ddim eto ar Lefel 2", ne = "NE: canfuwyd nad yw'n effeithiol",
          l2 = "Lefel 2: tystiolaeth ragarweiniol", l2plus = "Lefel 2+: tystiolaeth ragarweiniol, uwchlaw'r trothwy sylfaenol",
          l3 = "Lefel 3: tystiolaeth o effaith tymor byr", l3plus = "Lefel 3+: effaith tymor byr, uwchlaw'r trothwy sylfaenol",
          l4 = "Lefel 4: tystiolaeth o effaith tymor hir", l4plus = "Lefel 4+: effaith tymor hir, uwchlaw'r trothwy sylfaenol",
        } },
        prior_12_months = { label = "A ddangosodd astudiaeth drylwyr gynharach fod canlyniad i blant yn dal yn well 12 mis neu fwy ar ôl y rhaglen?" },
        version = { label = "Pa fersiwn o'r cynllun yw hon?" },
        version_date = { label = "Pa ddyddiad sydd ar y fersiwn hon?" },
        authors = { label = "Pwy ysgrifennodd y cynllun, a beth mae pob un ohonynt yn ei wneud?", columns = {
          name = { label = "Enw" }, organisation = { label = "Sefydliad" }, role = { label = "Rôl" },
        } },
        funder = { label = "Pwy sy'n talu am y gwasanaeth ac am ei werthuso?" },
        developer = { label = "Pwy ddatblygodd y rhaglen, a pha ran sydd ganddynt yn y gwerthusiad?" },
        conflicts = { label = "Pa fuddiannau a allai ymddangos fel pe baent yn effeithio ar y gwerthusiad?" },
        stakeholders = { label = "Sut mae teuluoedd, ymarferwyr a phartneriaid yn cymryd rhan wrth lunio a rhedeg y gwerthusiad?" },
        edi = { label = "Sut bydd y gwerthusiad yn cynnwys teuluoedd o bob cefndir?" },
        stage = { label = "Y cam rydych chi arno" },
      },
    },
    theory_of_change = {
      title = "Theori newid", short = "Theori newid",
      purpose = "Eglurwch pam mae angen y gwasanaeth, ar gyfer pwy y mae, sut y mae i fod i weithio a beth ddylai newid i blant.",
      leads_to = "y canlyniadau a'r cysylltiadau achosol y mae pob cam diweddarach yn eu profi",
      fields = {
        problem = { label = "Pa broblem mae'r gwasanaeth yn mynd i'r afael â hi?" },
        prevalence = { label = "Pa mor gyffredin yw'r broblem, yn lleol ac yn genedlaethol?" },
        added_value = { label = "Pam y bydd y gwasanaeth yn ychwanegu at yr hyn y gall teuluoedd ei gael eisoes?" },
        population_level = { label = "I bwy mae'r gwasanaeth yn cael ei gynnig?", options = {
          universal = "cyffredinol: pawb mewn grŵp", targeted = "wedi'i dargedu: grwpiau sydd mewn mwy o berygl",
          indicated = "dynodedig: arwyddion cynnar o'r broblem",
        } },
        target_group = { label = "Ar gyfer pwy yn union y mae?" },
        eligibility = { label = "Beth yw'r rheol ar gyfer pwy all gymryd rhan?" },
        eligibility_score = { label = "A yw cymhwysedd yn cael ei benderfynu gan sgôr gyda phwynt torri pendant?" },
        eligibility_cutoff = { label = "Beth yw'r sgôr a'r pwynt torri?" },
        risk_factors = { label = "Pa ffactorau risg mae'r gwasanaeth yn eu targedu?" },
        protective_factors = { label = "Pa ffactorau amddiffynnol mae'n eu meithrin?" },
        mechanism = { label = "Sut mae'r gwasanaeth i fod i weithio?" },
        primary_outcome = { label = "Beth yw'r prif newid rydych chi'n ei ddisgwyl i blant?" },
        primary_outcome_why = { label = "Pam mae'r canlyniad hwn yn bwysig?" },
        secondary_outcomes = { label = "Pa newidiadau eraill ydych chi'n eu disgwyl?" },
        causal_links = { label = "Pa dystiolaeth sy'n cefnogi pob cyswllt yn y gadwyn?", columns = {
          from = { label = "O (achos)" }, to = { label = "I (effaith)" }, evidence = { label = "Tystiolaeth" },
          strength = { label = "Pa mor gryf yw hi?", options = { strong = "cryf", some = "peth", assumed = "tybiedig" } },
        } },
        assumptions = { label = "Beth ydych chi'n ei gymryd yn ganiataol nad yw wedi'i brofi?" },
      },
    },
    logic_model = {
      title = "Model rhesymeg", short = "Model rhesymeg",
      purpose = "Dangoswch sut mae'r adnoddau rydych chi'n eu rhoi i mewn yn troi'n weithgareddau, yn allbynnau y gellir eu cyfrif, ac yna'n ganlyniadau tymor byr, canolig a hir i blant.",
      leads_to = "dangosydd a ffynhonnell data ar gyfer pob blwch, sy'n dweud wrth y gwerthusiad ble i edrych",
      fields = {
        inputs = { label = "Pa adnoddau sydd eu hangen ar y gwasanaeth?" },
        activities = { label = "Beth mae'r gwasanaeth yn ei wneud?" },
        outputs = { label = "Beth fydd y gwasanaeth yn ei gynhyrchu y gallwch ei gyfrif?", columns = {
          output = { label = "Allbwn" }, activity = { label = "O ba weithgaredd?" },
          indicator = { label = "Dangosydd" }, data_source = { label = "Ffynhonnell data" },
        } },
        outcomes = { label = "Pa newidiadau ydych chi'n eu disgwyl, a phryd?", columns = {
          outcome = { label = "Canlyniad" },
          term = { label = "Pryd?", options = { short = "tymor byr", medium = "tymor canolig", long = "tymor hir" } },
          indicator = { label = "Dangosydd" }, data_source = { label = "Ffynhonnell data" },
        } },
        links = { label = "Sut mae'r blychau'n cysylltu?", columns = {
          from = { label = "O" }, to = { label = "I" }, how = { label = "Sut" },
        } },
        boundaries = { label = "Beth sy'n rhan o'r gwasanaeth, a beth yw'r cymorth arferol?" },
      },
    },
    blueprint = {
      title = "Glasbrint", short = "Glasbrint",
      purpose = "Disgrifiwch y gwasanaeth yn fanwl: ei rannau craidd a'r rhannau y gellir eu haddasu, faint ohono y mae teuluoedd yn ei gael, pwy sy'n ei ddarparu a beth sy'n cyfrif fel ei gwblhau.",
      leads_to = "diffiniad o'r hyn y mae darparu'r gwasanaeth fel y bwriadwyd (ffyddlondeb) yn ei olygu, y mae cam 4 yn ei wirio",
      fields = {
        core_components = { label = "Beth yw'r rhannau craidd y mae'n rhaid eu darparu bob amser?", columns = {
          component = { label = "Elfen" }, objective = { label = "Amcan" },
          outcome = { label = "Y canlyniad a wasanaethir" }, activity = { label = "Gweithgaredd" },
        } },
        adaptable_components = { label = "Beth y gellir ei addasu i anghenion lleol?" },
        sessions = { label = "Faint o sesiynau sydd?" },
        session_minutes = { label = "Pa mor hir yw pob sesiwn?" },
        frequency = { label = "Pa mor aml y cynhelir sesiynau?", options = {
          daily = "bob dydd", twice_weekly = "ddwywaith yr wythnos", weekly = "bob wythnos",
          fortnightly = "bob pythefnos", monthly = "bob mis", varies = "mae'n amrywio",
        } },
        duration_weeks = { label = "Dros sawl wythnos y darperir y rhaglen?" },
        dosage = { label = "Dos" },
        delivery_mode = { label = "Sut mae'n cael ei ddarparu?", options = {
          group = "mewn grwpiau", one_to_one = "un i un", mixed = "grwpiau ac un i un", online = "ar-lein",
        } },
        group_size = { label = "Faint o deuluoedd sydd mewn grŵp?" },
        venues = { label = "Ble mae'n cael ei ddarparu?" },
        deliverers = { label = "Pwy sy'n ei ddarparu?" },
        qualifications = { label = "Pa gymwysterau neu brofiad sydd eu hangen arnynt?" },
        training = { label = "Pa hyfforddiant maen nhw'n ei gael?" },
        supervision = { label = "Pa oruchwyliaeth a chymorth maen nhw'n eu cael?" },
        manual = { label = "A oes llawlyfr?", options = {
          published = "oes, llawlyfr wedi'i gyhoeddi", ["local"] = "oes, ein llawlyfr ein hunain",
          in_development = "wrthi'n cael ei ysgrifennu", none = "dim llawlyfr",
        } },
        materials = { label = "Pa ddeunyddiau sy'n cael eu defnyddio?" },
        recruitment = { label = "Sut mae teuluoedd yn cael eu canfod a'u hatgyfeirio?" },
        eligibility_check = { label = "Sut mae cymhwysedd yn cael ei wirio?" },
        completion_definition = { label = "Beth sy'n cyfrif fel cwblhau'r rhaglen?" },
        completion_sessions = { label = "Faint o sesiynau y mae'n rhaid i deulu eu mynychu i gyfrif fel un sydd wedi cwblhau?" },
      },
    },
    process_study = {
      title = "Astudiaeth gweithredu a phroses", short = "Astudiaeth proses",
      purpose = "Canfyddwch a ellir darparu'r gwasanaeth fel y'i cynlluniwyd, a yw'r teuluoedd cywir yn cymryd rhan ac yn aros, a beth yw ei gost, cyn profi a yw'n gweithio.",
      leads_to = "meini prawf symud ymlaen sy'n dweud a yw astudiaeth effaith beilot yn werth ei chynnal",
      fields = {
        questions = { label = "Beth ydych chi am i'r astudiaeth proses ei ateb?" },
        components = { label = "Pa agweddau ar y ddarpariaeth fyddwch chi'n eu hastudio?", options = {
          delivery = "darpariaeth", fidelity = "ffyddlondeb", dose = "dos", reach = "cyrhaeddiad",
          recruitment_retention = "recriwtio a chadw", acceptability = "derbynioldeb", adaptations = "addasiadau",
          context = "cyd-destun", cost = "cost", mechanisms = "mecanweithiau", unintended = "effeithiau anfwriadol",
        } },
        delivery = { label = "Sut byddwch chi'n canfod beth a ddarparwyd?" },
        participation = { label = "Sut byddwch chi'n cadw golwg ar recriwtio, cadw a chyrhaeddiad?" },
        fidelity = { label = "Sut byddwch chi'n gwirio ffyddlondeb?" },
        dose = { label = "Sut byddwch chi'n mesur dos?" },
        acceptability = { label = "Sut byddwch chi'n canfod barn teuluoedd a staff?" },
        adaptations = { label = "Sut byddwch chi'n cofnodi newidiadau i'r gwasanaeth?" },
        context = { label = "Pa ffactorau lleol a allai effeithio ar y ddarpariaeth?" },
        cost_data = { label = "Sut byddwch chi'n casglu gwybodaeth am gostau?" },
        methods = { label = "Pa ddulliau fyddwch chi'n eu defnyddio?", options = {
          monitoring_data = "data monitro arferol", attendance = "cofrestrau presenoldeb",
          fidelity_checklists = "rhestrau gwirio ffyddlondeb", observation = "arsylwi",
          family_survey = "arolwg teuluoedd", staff_survey = "arolwg staff", interviews = "cyfweliadau",
          focus_groups = "grwpiau ffocws", documents = "dogfennau", cost_logs = "cofnodion cost ac amser",
        } },
        sample = { label = "Pwy a faint fydd yn cael eu cynnwys?" },
        sites = { label = "Faint o safleoedd darparu sydd yn yr astudiaeth?" },
        timing = { label = "Pryd bydd gwybodaeth yn cael ei chasglu?" },
        progression_criteria = { label = "Beth sy'n rhaid bod yn wir cyn symud ymlaen at astudiaeth effaith beilot?", columns = {
          criterion = { label = "Maen prawf" }, measure = { label = "Mesur" }, threshold = { label = "Trothwy" },
        } },
        progression_reason = { label = "Pam mai'r rhain yw'r trothwyon cywir?" },
      },
    },
    pilot_outcome = {
      title = "Astudiaeth effaith beilot", short = "Peilot",
      purpose = "Profwch, yn rhad ac yn gynnar, a yw'r canlyniadau i blant yn eich theori newid yn dechrau symud, a dysgwch sut i'w mesur a sut i gadw teuluoedd yn yr astudiaeth.",
      leads_to = "tystiolaeth ragarweiniol (Lefel 2 EIF ar y mwyaf), a'r ffigurau sydd eu hangen ar dreial i gynllunio ei sampl",
      fields = {
        measures = { label = "Pa ganlyniadau fyddwch chi'n eu mesur, a sut?", columns = {
          outcome = { label = "Canlyniad" }, measure = { label = "Mesur" },
          informant = { label = "Pwy sy'n ei adrodd?", options = informant },
          timepoints = { label = "Pryd mae'n cael ei gymryd?", options = {
            baseline = "cyn y rhaglen (llinell sylfaen)", mid = "hanner ffordd", ["end"] = "diwedd y rhaglen",
            m3 = "3 mis ar ôl y diwedd", m6 = "6 mis ar ôl y diwedd", m12 = "12 mis ar ôl y diwedd",
            m24 = "24 mis ar ôl y diwedd",
          } },
          validated = { label = "A yw wedi'i ddilysu?", options = {
            validated = "wedi'i ddilysu", partly = "yn rhannol", not_validated = "heb ei ddilysu",
          } },
          evidence = { label = "Tystiolaeth o ddilysrwydd a dibynadwyedd" },
        } },
        design = { label = "Pa fath o beilot yw hwn?", options = {
          pre_post = "un grŵp, cyn ac ar ôl", pre_post_comparison = "cyn ac ar ôl, gyda grŵp cymharu bach",
        } },
        design_reason = { label = "Pam y math hwn o beilot?" },
        participants = { label = "Faint o deuluoedd fydd yn cymryd rhan?" },
        participants_reason = { label = "Pam y nifer hwn o deuluoedd?" },
        correlation = { label = "Pa mor agos mae sgoriau cyn ac ar ôl yn tueddu i gyd-fynd?" },
        correlation_source = { label = "O ble daw'r gydberthynas honno?" },
        expected_change = { label = "Pa mor fawr yw'r newid rydych chi'n ei ddisgwyl?" },
        expected_change_source = { label = "O ble daw'r newid disgwyliedig hwnnw?" },
        attrition = { label = "Pa gyfran o deuluoedd ydych chi'n disgwyl iddynt golli'r mesuriad terfynol?" },
        attrition_source = { label = "Pam ydych chi'n disgwyl cymaint â hynny o ymadael?" },
        retention_plan = { label = "Sut byddwch chi'n cadw teuluoedd yn yr astudiaeth?" },
        analysis_test = { label = "Pa brawf ystadegol fyddwch chi'n ei ddefnyddio?", options = {
          paired_t = "prawf-t pâr", wilcoxon = "prawf rhestrol arwyddion Wilcoxon",
          mixed_model = "model cymysg (amllefel)", other = "arall",
        } },
        claims = { label = "Beth fydd y peilot yn gallu ei ddangos, a beth na fydd?" },
        trial_inputs = { label = "Pa ffigurau ar gyfer maint sampl y treial fydd y peilot yn eu casglu?", options = {
          recruitment_rate = "cyfradd recriwtio", consent_rate = "cyfradd cydsynio", attrition = "ymadael",
          baseline_sd = "gwasgariad sgoriau ar y llinell sylfaen", icc = "ICC grwpiau",
          correlation = "cydberthynas cyn ac ar ôl", completion = "cyfradd cwblhau",
        } },
        go_criteria = { label = "Pa ganlyniad fyddai'n cyfiawnhau gwerthusiad effaith llawn?" },
      },
    },
    impact = {
      title = "Gwerthusiad effaith", short = "Effaith",
      purpose = "Cynlluniwch y prawf trylwyr cyntaf o'r cwestiwn a yw'r gwasanaeth yn achosi'r newid yng nghanlyniadau plant, drwy gymharu teuluoedd sy'n ei gael â theuluoedd tebyg nad ydynt yn ei gael.",
      leads_to = "tystiolaeth o effaith tymor byr (Lefel 3 EIF) o astudiaeth gadarnhaol sydd wedi'i chynnal yn dda",
      fields = {
        research_question = { label = "Pa gwestiwn fydd y gwerthusiad effaith yn ei ateb?" },
        objectives = { label = "Beth yw amcanion yr astudiaeth?" },
        hypothesis = { label = "Beth ydych chi'n disgwyl ei ganfod?" },
        framework = { label = "A yw'r astudiaeth yn profi a yw'r rhaglen yn well, neu ddim yn waeth?", options = {
          superiority = "yn well na'r gymhariaeth (rhagoriaeth)",
          non_inferiority = "ddim yn waeth na'r gymhariaeth (dim israddoldeb)", exploratory = "archwiliadol",
        } },
        randomise = { label = "A allech chi benderfynu ar hap pwy sy'n cael y gwasanaeth gyntaf?" },
        unit = { label = "A fyddech chi'n dyrannu teuluoedd unigol neu grwpiau cyfan?", options = {
          individual = "teuluoedd unigol", cluster = "grwpiau cyfan (clystyrau)",
        } },
        cluster_type = { label = "Beth yw'r clystyrau?" },
        unit_reason = { label = "Pam dyrannu felly?" },
        comparison = { label = "Pwy fyddai'r grŵp cymharu?", options = {
          none = "dim grŵp cymharu", waitlist = "rhestr aros", matched = "teuluoedd tebyg wedi'u paru o gofnodion",
          natural = "cymhariaeth naturiol", historical = "carfan gynharach",
          below_cutoff = "teuluoedd sydd ychydig yr ochr arall i'r pwynt torri cymhwysedd",
        } },
        comparison_description = { label = "Disgrifiwch y grŵp cymharu a pha gymorth maen nhw'n ei gael." },
        comparison_reason = { label = "Pam mai hon yw'r gymhariaeth gywir?" },
        deferral_months = { label = "Sawl mis ar ôl dyrannu y cynigir y rhaglen i deuluoedd ar y rhestr aros?" },
        cutoff = { label = "A yw cymhwysedd yn cael ei benderfynu'n llym gan bwynt torri sgôr?" },
        rollout = { label = "A fydd y gwasanaeth yn dechrau ym mhobman ar unwaith, neu fesul cam?", options = {
          phased = "fesul cam, safle wrth safle", all = "ym mhobman ar unwaith",
        } },
        timeseries_points = { label = "Faint o fisoedd o ddata arferol cyson sy'n bodoli cyn y dechrau?" },
        design = { label = "Pa gynllun astudiaeth fyddwch chi'n ei ddefnyddio?", options = designs },
        design_reason = { label = "Pam mai'r cynllun hwn yw'r un cywir i'ch sefyllfa chi?" },
        target_level = { label = "Pa lefel tystiolaeth EIF mae'r astudiaeth hon yn anelu ati?", options = {
          l2 = "Lefel 2: tystiolaeth ragarweiniol", l3 = "Lefel 3: effaith tymor byr", l4 = "Lefel 4: effaith tymor hir",
        } },
        allocation_ratio = { label = "Faint o deuluoedd sy'n mynd i'r rhaglen am bob un yn y grŵp cymharu?", options = {
          equal = "1:1 (grwpiau cyfartal)", two_to_one = "2:1", three_to_two = "3:2", one_to_two = "1:2",
        } },
        allocation_reason = { label = "Pam grwpiau anghyfartal?" },
        settings = { label = "Ble bydd yr astudiaeth yn digwydd?" },
        site_criteria = { label = "Pa safleoedd ac ymarferwyr all gymryd rhan?" },
        adherence = { label = "Sut byddwch chi'n annog teuluoedd i fynychu, ac yn cofnodi faint maen nhw'n ei gael?" },
        modifications = { label = "Pryd fyddai rhaglen teulu yn cael ei newid neu ei hatal?" },
        usual_care = { label = "Pa gymorth arall y gall teuluoedd yn y ddau grŵp ei gael yn ystod yr astudiaeth?" },
        sequence_generation = { label = "Sut bydd y rhestr dyrannu ar hap yn cael ei llunio?" },
        stratification = { label = "A fydd y dyrannu'n cael ei gydbwyso ar unrhyw beth?", options = {
          simple = "na: hapddyrannu syml", blocks = "niferoedd cyfartal dros amser (blociau)",
          stratified = "ydy: ar wahân o fewn grwpiau o deuluoedd (strata)", minimisation = "ydy: drwy leihau (minimisation)",
        } },
        stratification_factors = { label = "Pa ffactorau?" },
        randomiser = { label = "Pwy fydd yn cofrestru teuluoedd, a phwy fydd yn dweud wrthynt pa grŵp ydynt ynddo?" },
        concealment = { label = "Sut bydd y dyraniad nesaf yn cael ei gadw'n gudd nes bod teulu wedi ymuno?" },
        participants = { label = "Faint o deuluoedd fydd yn cael eu recriwtio a'u dyrannu i gyd?" },
        clusters = { label = "Faint o glystyrau fydd yn cael eu dyrannu?" },
        cluster_size = { label = "Faint o deuluoedd fydd ym mhob clwstwr?" },
        icc = { label = "Pa mor debyg yw teuluoedd yn yr un clwstwr (yr ICC)?" },
        effect_size = { label = "Pa mor fawr yw'r effaith rydych chi'n ei disgwyl?" },
        alpha = { label = "Pa lefel arwyddocâd fyddwch chi'n ei defnyddio?" },
        power = { label = "Pa bŵer ydych chi ei eisiau?" },
        r2 = { label = "Faint o'r canlyniad y mae mesurau llinell sylfaen yn ei ragweld?" },
        outcome_type = { label = "Pa fath o fesur yw'r prif ganlyniad?", options = {
          continuous = "sgôr (di-dor)", binary = "ie neu na ar gyfer pob teulu", count = "nifer o ddigwyddiadau",
        } },
        baseline_rate = { label = "Pa gyfran o deuluoedd cymharu fyddai â'r canlyniad?" },
        target_rate = { label = "Pa gyfran ydych chi'n ei disgwyl gyda'r gwasanaeth?" },
        baseline_events = { label = "Faint o ddigwyddiadau fyddai teulu cymharu yn eu cael dros y cyfnod dilynol?" },
        target_events = { label = "Faint ydych chi'n eu disgwyl gyda'r gwasanaeth?" },
        sites = { label = "Mewn faint o safleoedd y mae teuluoedd (neu grwpiau) yn cael eu dyrannu ar wahân?" },
        group_icc = { label = "Pa mor debyg y daw teuluoedd mewn un grŵp (yr ICC ar gyfer grwpiau)?" },
        cluster_size_cv = { label = "Faint mae maint y clystyrau'n amrywio?" },
        cluster_dropout = { label = "Pa gyfran o glystyrau a allai dynnu'n ôl ar ôl dyrannu?" },
        steps = { label = "Mewn sawl cam y bydd y clystyrau'n dechrau'r gwasanaeth?" },
        cutoff_share = { label = "Pa gyfran o deuluoedd sy'n sgorio ar ochr y gwasanaeth i'r pwynt torri?" },
        points_after = { label = "Faint o bwyntiau data fydd ar ôl y dechrau?" },
        autocorrelation = { label = "Pa mor agos mae ffigur pob mis yn dilyn yr un cynt?" },
        matching_deff = { label = "Faint o fanwl gywirdeb fydd paru neu bwysoli yn ei gostio (yr effaith cynllun)?" },
        mdes_method = { label = "Sut y cyfrifir yr effaith leiaf y gellir ei chanfod" },
        attrition = { label = "Pa gyfran o deuluoedd ydych chi'n disgwyl eu colli cyn y mesuriad terfynol?" },
        differential_attrition = { label = "Faint yn fwy o ymadael a allai fod mewn un grŵp na'r llall?" },
        attrition_plan = { label = "Sut byddwch chi'n cadw teuluoedd yn yr astudiaeth ac yn lleihau ymadael?" },
        effect_size_source = { label = "O ble daw maint yr effaith disgwyliedig, a pham mai dyna'r targed cywir?" },
        r2_source = { label = "O ble daw'r gyfran a eglurir gan fesurau llinell sylfaen?" },
        icc_source = { label = "O ble daw'r ICC?" },
        group_icc_source = { label = "O ble daw'r ICC ar gyfer grwpiau?" },
        attrition_source = { label = "Pam ydych chi'n disgwyl cymaint â hynny o ymadael?" },
        recruitment_per_month = { label = "Faint o deuluoedd cymwys ydych chi'n disgwyl iddynt ymuno â'r astudiaeth bob mis?" },
        recruitment_months = { label = "Dros sawl mis fyddwch chi'n recriwtio?" },
        places_per_year = { label = "Faint o leoedd ar y rhaglen y gall y gwasanaeth eu cynnig mewn blwyddyn yn ystod yr astudiaeth?" },
        recruitment_source = { label = "O ble daw'r ffigurau recriwtio?" },
        itt = { label = "A fydd pawb a ddyrannwyd yn cael eu dadansoddi yn y grŵp y cawsant eu dyrannu iddo?" },
        primary_outcome = { label = "Beth yw'r prif ganlyniad?" },
        primary_measure = { label = "Sut bydd y prif ganlyniad yn cael ei fesur?" },
        primary_timepoint_months = { label = "Sawl mis ar ôl dyrannu y mesurir y prif ganlyniad?" },
        measures_validated = { label = "A yw'r prif fesur wedi'i ddilysu ar gyfer teuluoedd fel eich rhai chi?" },
        primary_informant = { label = "Pwy sy'n adrodd y prif ganlyniad?", options = informant },
        primary_metric = { label = "Beth fydd yn cael ei gymharu: y sgôr bryd hynny, neu'r newid ers y llinell sylfaen?", options = {
          final = "y sgôr ar y pwynt amser hwnnw", change = "y newid ers y llinell sylfaen",
          time_to_event = "yr amser nes i rywbeth ddigwydd",
        } },
        primary_aggregation = { label = "Sut bydd canlyniadau'r grwpiau'n cael eu crynhoi?", options = {
          mean = "y cyfartaledd (cymedr)", median = "y gwerth canol (canolrif)",
          proportion = "y gyfran uwchlaw neu islaw pwynt torri",
        } },
        primary_cutoff = { label = "Pa bwynt torri?" },
        timepoint_reason = { label = "Pam mesur y prif ganlyniad bryd hynny?" },
        secondary_outcomes = { label = "Pa ganlyniadau eilaidd fyddwch chi'n eu mesur hefyd?" },
        measures = { label = "Beth fydd yr astudiaeth yn ei fesur, gan bwy, a phryd?", columns = {
          outcome = { label = "Canlyniad" }, measure = { label = "Mesur" },
          informant = { label = "Pwy sy'n ei adrodd?", options = informant },
          timepoints = { label = "Pryd (misoedd ar ôl dyrannu)?", options = {
            baseline = "llinell sylfaen (cyn dyrannu)", m3 = "3 mis", m6 = "6 mis", m9 = "9 mis", m12 = "12 mis",
            m18 = "18 mis", m24 = "24 mis", m36 = "36 mis",
          } },
        } },
        blinding = { label = "Pwy na ddywedir wrthynt ym mha grŵp y mae teulu?", options = {
          assessors = "y bobl sy'n casglu data canlyniadau", analysts = "yr ystadegydd",
          teachers = "athrawon neu staff meithrin sy'n adrodd canlyniadau", none = "neb",
        } },
        blinding_details = { label = "Sut bydd y grŵp yn cael ei gadw oddi wrthynt, a phryd y caniateir ei ddatgelu?" },
        informant_bias = { label = "Mae'r prif ganlyniad yn cael ei adrodd gan rywun sy'n gwybod grŵp y teulu. Beth fyddwch chi'n ei wneud am y tuedd y gall hyn ei achosi?" },
        analysis = { label = "Sut bydd y canlyniadau'n cael eu dadansoddi?" },
        covariates = { label = "Pa fesurau llinell sylfaen fydd y dadansoddiad yn addasu ar eu cyfer?" },
        missing_data = { label = "Sut byddwch chi'n delio â data coll?" },
        estimand = { label = "Beth yn union fydd y prif ganlyniad yn ei amcangyfrif?" },
        secondary_analysis = { label = "Sut bydd y canlyniadau eilaidd yn cael eu dadansoddi?" },
        subgroups = { label = "Pa grwpiau o deuluoedd fyddwch chi'n edrych arnynt ar wahân, a pham?" },
        multiplicity = { label = "Sut byddwch chi'n osgoi cael eich camarwain drwy brofi llawer o ganlyniadau?" },
        cace = { label = "Sut byddwch chi'n amcangyfrif yr effaith ar deuluoedd a gymerodd ran fel y bwriadwyd?" },
        effect_size_formula = { label = "Sut bydd maint yr effaith yn cael ei gyfrifo?" },
        analysis_clustering = { label = "A fydd y dadansoddiad yn ystyried bod teuluoedd yn yr un grŵp?" },
        clustering_reason = { label = "Pam peidio ag ystyried y grwpiau?" },
        contamination = { label = "A allai teuluoedd cymharu ddod i gysylltiad â'r gwasanaeth?" },
        embedded_process = { label = "A fydd astudiaeth proses yn rhedeg ochr yn ochr â'r treial?" },
        process_evaluation = { label = "Beth fydd yr astudiaeth proses o fewn y treial yn edrych arno, a sut?" },
        consent = { label = "Sut gofynnir i deuluoedd gytuno i gymryd rhan yn yr astudiaeth?" },
        consent_timing = { label = "Pryd y ceir cydsyniad, o'i gymharu â dyrannu?", options = {
          before_allocation = "cyn dyrannu", after_allocation = "ar ôl dyrannu", not_sought = "ni ofynnir amdano",
        } },
        data_management = { label = "Sut bydd data'r astudiaeth yn cael eu casglu, eu gwirio a'u storio?" },
        monitoring_committee = { label = "Pwy fydd yn goruchwylio cynnydd yr astudiaeth a diogelwch teuluoedd?" },
        interim_analyses = { label = "A fydd y canlyniadau'n cael eu gweld cyn y diwedd, ac a allai'r astudiaeth gael ei hatal yn gynnar?" },
        trial_monitoring = { label = "Sut byddwch chi'n gwirio bod yr astudiaeth yn cael ei rhedeg fel y dywed y cynllun hwn?" },
        harms = { label = "Sut byddwch chi'n cofnodi ac yn adrodd niwed a digwyddiadau niweidiol?" },
        safeguarding = { label = "Beth sy'n digwydd os bydd rhywun yn pryderu am ddiogelwch plentyn?" },
        amendments = { label = "Sut bydd newidiadau i'r cynllun hwn yn cael eu cytuno a'u hadrodd?" },
        preregistration = { label = "A fydd yr astudiaeth yn cael ei chofrestru cyn iddi ddechrau?", options = {
          registered = "wedi'i chofrestru eisoes", planned = "bydd yn cael ei chofrestru cyn recriwtio",
          not_planned = "heb ei gynllunio",
        } },
        registry = { label = "Ble bydd yn cael ei chofrestru?" },
        registration_number = { label = "Beth yw'r rhif cofrestru?" },
        registration_date = { label = "Pryd y cafodd ei chofrestru?" },
        protocol_access = { label = "Ble bydd y protocol hwn a'r cynllun dadansoddi ystadegol yn cael eu cyhoeddi?" },
        evaluator_independence = { label = "Pwy fydd yn cynnal y gwerthusiad?", options = {
          independent_academic = "tîm prifysgol annibynnol", independent_other = "sefydliad gwerthuso annibynnol",
          internal_separate = "ein tîm ymchwil ein hunain, ar wahân i'r ddarpariaeth", internal = "y tîm darparu ei hun",
        } },
        evaluator = { label = "Enwch y gwerthuswr." },
        sponsor = { label = "Pwy yw noddwr yr astudiaeth, a sut y gellir cysylltu â nhw?" },
        funder_role = { label = "Pa lais sydd gan y cyllidwr a'r noddwr dros yr astudiaeth?" },
        steering_group = { label = "Pwy sy'n rhedeg yr astudiaeth o ddydd i ddydd, a phwy sy'n ei chynghori?" },
        ethics = { label = "Beth yw statws y gymeradwyaeth foesegol?", options = {
          approved = "wedi'i chymeradwyo", submitted = "wedi'i chyflwyno", planned = "wedi'i chynllunio", not_needed = "dim angen",
        } },
        ethics_body = { label = "Pa bwyllgor fydd yn ei hadolygu?" },
        lawful_basis = { label = "Beth yw'r sail gyfreithlon dros ddefnyddio data personol teuluoedd?", options = {
          public_task = "tasg gyhoeddus", consent = "cydsyniad", legitimate_interests = "buddiannau dilys",
          legal_obligation = "rhwymedigaeth gyfreithiol",
        } },
        special_category_condition = { label = "Pa amod sy'n cwmpasu data sensitif (categori arbennig)?" },
        dpia = { label = "A yw asesiad o'r effaith ar ddiogelu data (DPIA) wedi'i wneud?", options = status4 },
        controller = { label = "Pwy sy'n penderfynu sut mae data teuluoedd yn cael eu defnyddio, a phwy sy'n eu trin ar ran rhywun arall?" },
        retention = { label = "Am ba hyd y bydd y data'n cael eu cadw, a beth sy'n digwydd wedyn?" },
        confidentiality = { label = "Sut bydd gwybodaeth bersonol teuluoedd yn cael ei chadw'n gyfrinachol?" },
        data_sharing_agreements = { label = "Pa gytundebau rhannu data sydd eu hangen?", columns = {
          partner = { label = "Partner" }, data = { label = "Data" },
          status = { label = "Statws", options = { signed = "wedi'i lofnodi", drafted = "drafft", needed = "ei angen" } },
        } },
        nhs_data = { label = "A fydd yr astudiaeth yn recriwtio drwy'r GIG neu'n defnyddio cofnodion y GIG?" },
        nhs_approvals = { label = "Pa gymeradwyaethau GIG sydd eu hangen ar yr astudiaeth, a ble maen nhw arni?", columns = {
          approval = { label = "Cymeradwyaeth", options = {
            hra = "cymeradwyaeth HRA", nhs_rec = "pwyllgor moeseg ymchwil y GIG", caldicott = "Gwarcheidwad Caldicott",
            s251 = "cymorth adran 251 (CAG)",
          } },
          status = { label = "Statws", options = {
            granted = "wedi'i rhoi", applied = "wedi gwneud cais", planned = "wedi'i chynllunio", not_needed = "dim angen",
          } },
          notes = { label = "Nodiadau" },
        } },
        police_data = { label = "A fydd yr heddlu'n rhannu data am deuluoedd ar gyfer yr astudiaeth?" },
        police_basis = { label = "Ar ba sail gyfreithiol y bydd yr heddlu'n rhannu data, ac o dan ba gytundeb?" },
        start_date = { label = "Pryd bydd recriwtio'n dechrau?" },
        report_date = { label = "Pryd mae'r adroddiad terfynol i'w gyflwyno?" },
        milestones = { label = "Beth yw cerrig milltir yr astudiaeth?", columns = {
          milestone = { label = "Carreg filltir" }, start = { label = "Dechrau" }, finish = { label = "Diwedd" },
        } },
        personnel = { label = "Pwy sy'n gweithio ar yr astudiaeth, a beth mae pob un yn ei wneud?", columns = {
          name = { label = "Enw neu rôl" }, organisation = { label = "Sefydliad" }, role = { label = "Beth maen nhw'n ei wneud" },
        } },
        risks = { label = "Beth allai fynd o'i le, a beth fyddwch chi'n ei wneud am hynny?", columns = {
          risk = { label = "Risg" },
          likelihood = { label = "Tebygolrwydd", options = { low = "isel", medium = "canolig", high = "uchel" } },
          response = { label = "Beth fydd yr astudiaeth yn ei wneud" },
        } },
        dissemination = { label = "Sut bydd y canlyniadau'n cael eu rhannu?" },
        authorship = { label = "Pwy fydd yn awdur yr adroddiadau, ac ar ba sail?" },
        data_sharing = { label = "A fydd y data dienw, y cod dadansoddi a'r deunyddiau'n cael eu rhannu?" },
        post_trial_care = { label = "Pa gymorth mae teuluoedd yn ei gael pan ddaw'r astudiaeth i ben, ac a oes iawndal am niwed?" },
        mdes = { label = "Maint yr effaith leiaf y gellir ei chanfod" },
      },
    },
    follow_up = {
      title = "Dilyniant tymor hir", short = "Dilyniant",
      purpose = "Cynlluniwch sut y byddwch chi'n canfod a yw'r newidiadau'n para, drwy fesur canlyniadau'r un teuluoedd 12 mis neu fwy ar ôl y rhaglen.",
      leads_to = "tystiolaeth bod effeithiau'n para blwyddyn neu fwy, sydd, gydag ail astudiaeth drylwyr, yn cefnogi Lefel 4 EIF",
      fields = {
        months = { label = "Sawl mis ar ôl i'r rhaglen ddod i ben fyddwch chi'n dilyn teuluoedd i fyny?" },
        months_reason = { label = "Pam dilyn teuluoedd i fyny bryd hynny?" },
        level4_claim = { label = "A fydd y dilyniant hwn yn cael ei gynnig fel tystiolaeth ar gyfer Lefel 4?" },
        outcomes = { label = "Pa ganlyniadau fyddwch chi'n eu mesur yn y dilyniant?" },
        measures = { label = "Sut byddwch chi'n eu mesur yn y dilyniant?" },
        tracing = { label = "Sut byddwch chi'n cadw mewn cysylltiad â theuluoedd?" },
        consent = { label = "Sut bydd teuluoedd yn cytuno i ddilyniant tymor hir?" },
        admin_linkage = { label = "A fyddwch chi'n cysylltu â chofnodion y mae gwasanaethau eisoes yn eu cadw?" },
        linkage_sources = { label = "Pa gofnodion?", options = {
          education = "addysg", social_care = "gofal cymdeithasol plant", health = "iechyd", police = "heddlu",
          housing = "tai", other = "arall",
        } },
        linkage_details = { label = "Sut bydd y cysylltu'n gweithio?" },
        expected_retention = { label = "Pa gyfran o deuluoedd ydych chi'n disgwyl eu cyrraedd yn y dilyniant?" },
      },
    },
    replication = {
      title = "Ailadrodd ac effeithiolrwydd", short = "Ailadrodd",
      purpose = "Cynlluniwch ail astudiaeth drylwyr sy'n dangos nad yw'r effaith yn digwydd unwaith yn unig: mewn gwasanaethau arferol, mewn mannau eraill neu gan ddarparwyr eraill.",
      leads_to = "ail astudiaeth drylwyr, sydd, gydag effaith barhaol, yn cefnogi Lefel 4 EIF",
      fields = {
        plan = { label = "Pa ail astudiaeth ydych chi'n ei chynllunio?" },
        study_type = { label = "Pa fath o ailadrodd yw hwn?", options = {
          effectiveness = "effeithiolrwydd mewn gwasanaethau arferol", efficacy = "ailadrodd y treial cyntaf mewn man arall",
          multi_site = "treial aml-safle",
        } },
        sites = { label = "Ble bydd yn digwydd?" },
        providers = { label = "Pwy fydd yn darparu'r gwasanaeth?" },
        design = { label = "Pa gynllun fydd yr ail astudiaeth yn ei ddefnyddio?", options = {
          individual_rct = designs.individual_rct, cluster_rct = designs.cluster_rct, stepped_wedge = designs.stepped_wedge,
          rdd = designs.rdd, did = designs.did, matched = "cymhariaeth gyfatebol", its = designs.its, pre_post = "cyn ac ar ôl",
        } },
        design_reason = { label = "Pam y cynllun hwnnw ar gyfer yr ail astudiaeth?" },
        independent = { label = "A fydd tîm gwahanol yn ei werthuso?" },
        routine_delivery = { label = "A fydd y gwasanaeth yn cael ei ddarparu fel y byddai mewn ymarfer bob dydd?" },
        differences = { label = "Beth fydd yn wahanol i'r astudiaeth gyntaf?" },
        timing = { label = "Pryd bydd yn rhedeg?" },
      },
    },
    value_for_money = {
      title = "Gwerth am arian", short = "Gwerth am arian",
      purpose = "Cyfrifwch gost y gwasanaeth fesul teulu a chynlluniwch sut i gymharu ei gostau â'r hyn y mae'n ei gyflawni, fel y gall comisiynwyr farnu a yw'n werth talu amdano.",
      leads_to = "a yw'r gwasanaeth yn werth ei gost (nid yw'r sgôr tystiolaeth yn newid)",
      fields = {
        type = { label = "Pa fath o werthusiad economaidd fyddwch chi'n ei wneud?", options = {
          cost_analysis = "dadansoddiad cost", cost_effectiveness = "cost-effeithiolrwydd", cost_benefit = "cost a budd",
          cost_consequence = "cost a chanlyniadau", sroi = "enillion cymdeithasol ar fuddsoddiad",
        } },
        perspective = { label = "Costau a buddion pwy sy'n cyfrif?", options = {
          single_agency = "ein sefydliad ni yn unig", local_authority = "y cyngor", public_sector = "y sector cyhoeddus",
          health = "iechyd a gofal cymdeithasol", society = "y gymdeithas gyfan",
        } },
        comparator = { label = "Â beth y bydd y gwasanaeth yn cael ei gymharu?", options = {
          usual_support = "cymorth arferol", waitlist = "rhestr aros", alternative_service = "gwasanaeth arall",
          nothing = "dim gwasanaeth",
        } },
        type_reason = { label = "Pam y math hwn o werthusiad economaidd?" },
        perspective_reason = { label = "Pam cyfrif costau a buddion o'r safbwynt hwnnw?" },
        comparator_reason = { label = "Pam cymharu â hynny?" },
        horizon_years = { label = "Dros sawl blwyddyn y bydd costau a buddion yn cael eu cyfrif?" },
        price_base_year = { label = "Prisiau pa flwyddyn fyddwch chi'n eu defnyddio?" },
        discount_rate = { label = "Pa gyfradd ddisgowntio fyddwch chi'n ei defnyddio?" },
        horizon_reason = { label = "Pam cyfrif costau a buddion dros y nifer hwnnw o flynyddoedd?" },
        discount_reason = { label = "Pam defnyddio cyfradd ddisgowntio heblaw 3.5% y Llyfr Gwyrdd?" },
        cost_items = { label = "Beth yw cost y gwasanaeth?", columns = {
          item = { label = "Eitem" },
          category = { label = "Categori", options = {
            staff = "amser staff", training = "hyfforddiant", supervision = "goruchwyliaeth", materials = "deunyddiau",
            venue = "lleoliadau", travel = "teithio", overheads = "gorbenion", other = "arall",
          } },
          quantity = { label = "Nifer" }, unit_cost = { label = "Cost yr uned (£)" },
          low = { label = "Cost isaf yr uned (£)" }, high = { label = "Cost uchaf yr uned (£)" },
          kind = { label = "Sefydlu neu gylchol?", options = { setup = "sefydlu", recurrent = "cylchol" } },
        } },
        participants = { label = "Faint o deuluoedd sy'n dechrau'r gwasanaeth mewn blwyddyn?" },
        completers = { label = "Faint ohonynt sy'n ei gwblhau?" },
        programme_life_years = { label = "Am sawl blwyddyn y bydd y costau sefydlu'n gwasanaethu?" },
        usual_support_cost = { label = "Beth yw cost cymorth arferol fesul teulu?" },
        costs_price_year = { label = "Ym mhrisiau pa flwyddyn y mae costau'r unedau?" },
        future_inflation = { label = "Pa chwyddiant y dylid ei dybio ar ôl y datchwyddwr diwethaf a gyhoeddwyd?" },
        qaly_gain = { label = "Faint o flynyddoedd bywyd wedi'u haddasu yn ôl ansawdd (QALYs) y gallai pob teulu eu hennill bob blwyddyn?" },
        qaly_years = { label = "Am sawl blwyddyn y mae'r enillion QALY yn para?" },
        health_discount = { label = "Ar ba gyfradd y caiff enillion iechyd eu disgowntio?", options = {
          green_book = "1.5% (cyfradd iechyd y Llyfr Gwyrdd)", nice = "3.5% (achos cyfeirio NICE)",
        } },
        benefit_per_sd = { label = "Beth yw gwerth gwelliant o un gwyriad safonol fesul teulu bob blwyddyn?" },
        benefit_years = { label = "Am sawl blwyddyn y mae'r budd hwnnw'n para?" },
        cost_per_family_steady = { label = "Cost fesul teulu mewn blwyddyn sefydlog (£)" },
        total_cost = { label = "Cyfanswm y gost (£)" },
        outcome_valuation = { label = "Sut bydd canlyniadau'n cael eu cyfrif neu eu prisio?" },
        sroi_adjustments = { label = "Sut byddwch chi'n addasu ar gyfer newid a fyddai wedi digwydd beth bynnag?" },
        sensitivity = { label = "Sut byddwch chi'n profi i ba raddau y mae'r ateb yn dibynnu ar eich rhagdybiaethau?" },
      },
    },
    quality_assurance = {
      title = "Sicrhau ansawdd ar raddfa", short = "Ansawdd",
      purpose = "Cynlluniwch sut y byddwch chi'n sicrhau bod y gwasanaeth yn dal i gael ei ddarparu fel y'i cynlluniwyd, ac yn gwirio bod teuluoedd yn dal i elwa, pan gaiff ei gynnig yn eang.",
      leads_to = "gwasanaeth sy'n cadw ei ansawdd a'i ganlyniadau pan gaiff ei gynnig yn eang",
      fields = {
        monitoring = { label = "Sut byddwch chi'n monitro ffyddlondeb yn y ddarpariaeth arferol?" },
        fidelity_tool = { label = "Pa offeryn ffyddlondeb fyddwch chi'n ei ddefnyddio?" },
        outcome_monitoring = { label = "Sut byddwch chi'n cadw golwg ar ganlyniadau?" },
        dashboard = { label = "Beth fydd eich adroddiad monitro yn ei ddangos?", options = {
          referrals = "atgyfeiriadau a chyrhaeddiad", attendance = "presenoldeb", completion = "cwblhau",
          fidelity = "ffyddlondeb", outcomes = "canlyniadau", satisfaction = "bodlonrwydd", costs = "costau",
        } },
        adaptation_log = { label = "Sut bydd newidiadau i'r gwasanaeth yn cael eu cofnodi a'u cytuno?" },
        review_cycle = { label = "Pa mor aml y bydd y ddarpariaeth yn cael ei hadolygu?", options = {
          monthly = "bob mis", quarterly = "bob chwarter", six_monthly = "bob chwe mis", yearly = "bob blwyddyn",
        } },
        review_body = { label = "Pwy sy'n ei hadolygu?" },
        thresholds = { label = "Beth fyddai'n sbarduno gweithredu?" },
        licensing = { label = "Sut bydd safleoedd newydd yn cael eu hyfforddi a'u cymeradwyo?" },
      },
    },
  },
  diagram = {
    ["in"] = "Mewnbynnau", act = "Gweithgareddau", out = "Allbynnau",
    short = "Canlyniadau tymor byr", medium = "Canlyniadau tymor canolig", long = "Canlyniadau tymor hir",
    empty = "Nid yw'r model rhesymeg wedi'i lenwi eto",
  },
  -- the plan document's fixed texts (templates/plan.yaml's t("...") and
  -- section titles) and the engine's
  words = {
    ["Not yet answered"] = "Heb ei ateb eto",
    ["Questions still to answer: %d."] = "Cwestiynau sydd heb eu hateb eto: %d.",
    -- a draft (a plan not yet finished): its note, its sections not
    -- started and its list of what is still missing
    ["Draft"] = "Drafft",
    ["{1} of {2} questions answered so far, {3}; what is still missing is listed at the end."] =
      "{1} o {2} cwestiwn wedi'u hateb hyd yma, {3}; rhestrir yr hyn sydd ar goll o hyd ar y diwedd.",
    ["{1} of {2} questions answered so far, {3}; the full plan lists what is still missing."] =
      "{1} o {2} cwestiwn wedi'u hateb hyd yma, {3}; mae'r cynllun llawn yn rhestru'r hyn sydd ar goll o hyd.",
    ["{1} of {2} questions answered so far, {3}."] = "{1} o {2} cwestiwn wedi'u hateb hyd yma, {3}.",
    ["Not started yet (see \u{201C}What is still missing\u{201D}):"] =
      "Heb ddechrau eto (gweler \u{201C}Beth sydd ar goll o hyd\u{201D}):",
    ["What is still missing"] = "Beth sydd ar goll o hyd",
    ["Not started yet"] = "Heb ddechrau eto",
    ["{1} (1 question)"] = "{1} (1 cwestiwn)",
    ["{1} ({2} questions)"] = "{1} ({2} cwestiwn)",
    ["Intervention"] = "Ymyriad", ["Organisation"] = "Sefydliad", ["Team"] = "Tîm", ["Contact"] = "Cyswllt",
    ["Academic partner"] = "Partner academaidd", ["Date"] = "Dyddiad",
    ["This plan follows the ten-step evaluation model, from a theory of change to quality assurance at scale."] =
      "Mae'r cynllun hwn yn dilyn y model gwerthuso deg cam, o theori newid i sicrhau ansawdd ar raddfa.",
    ["Each decision below is given with the reason for it; every number behind the sample size is stated."] =
      "Rhoddir pob penderfyniad isod gyda'r rheswm drosto; nodir pob ffigur y tu ôl i faint y sampl.",
    ["Answers still to be given are marked *Not yet answered* and listed at the end."] =
      "Mae atebion sydd eto i'w rhoi wedi'u nodi'n *Heb ei ateb eto* ac wedi'u rhestru ar y diwedd.",
    ["Intervention summary"] = "Crynodeb o'r ymyriad",
    ["Theory of change"] = "Theori newid",
    ["Logic model"] = "Model rhesymeg",
    ["Blueprint"] = "Glasbrint",
    ["Dosage"] = "Dos",
    ["Current evidence position and health check"] = "Sefyllfa bresennol y dystiolaeth a gwiriad iechyd",
    ["Evaluation questions"] = "Cwestiynau'r gwerthusiad",
    ["Process"] = "Proses",
    ["Impact"] = "Effaith",
    ["Process evaluation"] = "Gwerthusiad proses",
    ["Pilot impact study"] = "Astudiaeth effaith beilot",
    ["Impact evaluation"] = "Gwerthusiad effaith",
    ["Research question"] = "Cwestiwn ymchwil",
    ["Design and why"] = "Cynllun yr astudiaeth a pham",
    ["Comparison"] = "Cymhariaeth",
    ["Unit of assignment"] = "Uned dyrannu",
    ["Outcomes and measures"] = "Canlyniadau a mesurau",
    ["The impact study's schedule of measures"] = "Amserlen mesurau'r astudiaeth effaith",
    ["Sample size"] = "Maint y sampl",
    ["Analysis"] = "Dadansoddi",
    ["Attrition"] = "Ymadael",
    ["Long-term follow-up"] = "Dilyniant tymor hir",
    ["Replication"] = "Ailadrodd",
    ["Economic evaluation"] = "Gwerthusiad economaidd",
    ["Discount rate"] = "Cyfradd ddisgowntio",
    ["Total cost"] = "Cyfanswm y gost",
    ["Governance"] = "Llywodraethu",
    ["Risks"] = "Risgiau",
    ["Timeline"] = "Amserlen",
    ["The impact study's milestones"] = "Cerrig milltir yr astudiaeth effaith",
    ["Quality assurance at scale"] = "Sicrhau ansawdd ar raddfa",
    ["Questions this pack adds"] = "Cwestiynau y mae'r pecyn hwn yn eu hychwanegu",
    ["Evidence standards"] = "Safonau tystiolaeth",
    ["Evidence level already reached"] = "Y lefel tystiolaeth a gyrhaeddwyd eisoes",
    ["Steps already done"] = "Camau a wnaed eisoes",
    ["Where this plan stands, step by step"] = "Ble mae'r cynllun hwn arni, gam wrth gam",
    ["a step is *done* when the team has ticked it as completed; otherwise the status says how far its plan has got."] =
      "mae cam *wedi'i wneud* pan fydd y tîm wedi'i dicio fel un sydd wedi'i gwblhau; fel arall mae'r statws yn dweud pa mor bell y mae ei gynllun wedi mynd.",
    ["Step"] = "Cam", ["Title"] = "Teitl", ["What it leads to"] = "Beth mae'n arwain ato", ["Status"] = "Statws",
    ["done"] = "wedi'i wneud", ["not started"] = "heb ddechrau", ["in progress"] = "ar y gweill",
    ["answered"] = "wedi'i ateb", ["has problems"] = "mae problemau", ["being planned"] = "wrthi'n cael ei gynllunio",
    ["planned, not yet done"] = "wedi'i gynllunio, heb ei wneud eto",
    ["planned, with problems"] = "wedi'i gynllunio, gyda phroblemau",
    ["Economic"] = "Economaidd",
    ["Health check (EIF's six common evaluation pitfalls)"] = "Gwiriad iechyd (chwe magl gwerthuso cyffredin EIF)",
    ["Highest evidence level the planned design can support"] = "Y lefel tystiolaeth uchaf y gall cynllun yr astudiaeth ei chefnogi",
    ["Consistency checks"] = "Gwiriadau cysondeb",
    -- the rest of the plan template's fixed texts ({1}, {2}: values the
    -- template puts in, wherever the Welsh needs them)
    ["{1} from the perspective of {2}, against {3}, over {4}."] = "{1} o safbwynt {2}, yn erbyn {3}, dros {4}.",
    ["Outcome"] = "Canlyniad", ["Role"] = "Rôl", ["Measure"] = "Mesur", ["When (months after the start)"] = "Pryd (misoedd ar ôl y dechrau)",
    ["Validated for this population"] = "Wedi'i ddilysu ar gyfer y boblogaeth hon",
    ["primary"] = "prif", ["secondary"] = "eilaidd", ["see the schedule"] = "gweler yr amserlen",
    ["The schedule of measures is {1}: choose the design first."] = "Mae amserlen y mesurau'n {1}: dewiswch gynllun yr astudiaeth yn gyntaf.",
    ["HM Treasury's Green Book rate"] = "cyfradd Llyfr Gwyrdd Trysorlys EF",
    [", or {1} for each of {2} families who start"] = ", neu {1} ar gyfer pob un o'r {2} teulu sy'n dechrau",
    ["Risk"] = "Risg", ["What the plan does about it"] = "Beth mae'r cynllun yn ei wneud yn ei gylch",
    ["Families drop out before the outcome is measured"] = "Teuluoedd yn gadael cyn i'r canlyniad gael ei fesur",
    ["Missing data bias the comparison"] = "Data coll yn gogwyddo'r gymhariaeth",
    ["The comparison group receives part of the intervention"] = "Y grŵp cymharu'n cael rhan o'r ymyriad",
    ["Delivery drifts from the model"] = "Y ddarpariaeth yn crwydro oddi wrth y model",
    ["(likelihood {1})"] = "(tebygolrwydd {1})",
    ["The theory of change also rests on assumptions not yet tested, listed with it above."] =
      "Mae'r theori newid hefyd yn dibynnu ar ragdybiaethau nad ydynt wedi'u profi eto, a restrir gyda hi uchod.",
    ["Milestone"] = "Carreg filltir", ["When"] = "Pryd", ["Impact study starts"] = "Yr astudiaeth effaith yn dechrau",
    ["Primary outcome measured"] = "Mesur y prif ganlyniad",
    ["{1} months after each family's allocation"] = "{1} mis ar ôl dyrannu pob teulu",
    ["Report"] = "Adroddiad", ["{1} months after the programme ends"] = "{1} mis ar ôl i'r rhaglen ddod i ben",
    ["Process study"] = "Astudiaeth proses", ["to be decided"] = "i'w benderfynu", ["Start"] = "Dechrau", ["End"] = "Diwedd",
    ["The step pack {1} adds these questions to the ten steps."] = "Mae'r pecyn camau {1} yn ychwanegu'r cwestiynau hyn at y deg cam.",
    ["added questions"] = "cwestiynau ychwanegol",
    ["Each comment and suggested change the plan's reviewers made on the version they were sent, the team's reply, and what changed in the plan."] =
      "Pob sylw a newid a awgrymwyd gan adolygwyr y cynllun ar y fersiwn a anfonwyd atynt, ateb y tîm, a beth a newidiodd yn y cynllun.",
    ["Question"] = "Cwestiwn", ["Comment"] = "Sylw", ["Reply"] = "Ateb", ["What changed"] = "Beth a newidiodd",
    ["Response to review"] = "Ymateb i'r adolygiad",
    -- the changes since the version sent last, and what became of each
    -- review item (versions.lua, review.lua)
    ["Changes since version {1}"] = "Newidiadau ers fersiwn {1}",
    ["No answer has changed since version {1} (sent {2})."] = "Nid oes yr un ateb wedi newid ers fersiwn {1} (a anfonwyd {2}).",
    ["No answer has changed since version {1}."] = "Nid oes yr un ateb wedi newid ers fersiwn {1}.",
    ["What changed in the plan, answer by answer, since version {1} (sent {2})."] =
      "Beth a newidiodd yn y cynllun, ateb wrth ateb, ers fersiwn {1} (a anfonwyd {2}).",
    ["What changed in the plan, answer by answer, since version {1}."] =
      "Beth a newidiodd yn y cynllun, ateb wrth ateb, ers fersiwn {1}.",
    ["added"] = "ychwanegwyd", ["removed"] = "tynnwyd", ["changed"] = "newidiwyd", ["was"] = "cynt", ["now"] = "nawr",
    ["{1} was {2}, now {3}"] = "{1}: cynt {2}, nawr {3}", ["{1} was {2}"] = "{1}: cynt {2}", ["{1} now {2}"] = "{1}: nawr {2}",
    ["row {1} changed: {2}"] = "newidiwyd rhes {1}: {2}",
    ["item {1} added: {2}"] = "ychwanegwyd eitem {1}: {2}", ["item {1} removed: {2}"] = "tynnwyd eitem {1}: {2}",
    ["General"] = "Cyffredinol", ["someone"] = "rhywun", ["Suggested change: {1}"] = "Newid a awgrymwyd: {1}",
    ["The answer now reads: {1}"] = "Mae'r ateb bellach yn darllen: {1}", ["Accepted"] = "Derbyniwyd",
    ["Not changed"] = "Heb ei newid", ["Resolved"] = "Wedi'i ddatrys", ["Answered; still open"] = "Wedi'i ateb; yn dal ar agor",
    ["Still open"] = "Yn dal ar agor", ["{1}; the answer has changed since version {2}"] = "{1}; mae'r ateb wedi newid ers fersiwn {2}",
    ["Review"] = "Adolygiad", ["proposed"] = "cynnig", ["reply"] = "ateb",
    -- evalwiz check's labels (pass is the document's word too) and the
    -- design advisor's headings and verdicts (advise.lua)
    ["warn"] = "rhybudd", ["fail"] = "methu", ["FAIL"] = "METHU", ["n/a"] = "amh.", ["error"] = "gwall",
    ["Designs that fit, best first:"] = "Cynlluniau astudiaeth sy'n addas, y gorau yn gyntaf:",
    ["supports at most"] = "yn cefnogi hyd at", ["not estimable with these facts"] = "ni ellir ei amcangyfrif gyda'r ffeithiau hyn",
    ["below Level 2 (NL2)"] = "islaw Lefel 2 (NL2)", ["Level 2"] = "Lefel 2", ["Level 3"] = "Lefel 3", ["Level 4"] = "Lefel 4",
    ["Why:"] = "Pam:", ["Watch out for:"] = "Byddwch yn wyliadwrus o:", ["Warnings:"] = "Rhybuddion:",
    ["Highest evidence level this plan can support:"] = "Y lefel tystiolaeth uchaf y gall y cynllun hwn ei chefnogi:",
    ["the answers that describe the same thing in different places were compared in {1} ways, and they agree."] =
      "cymharwyd yr atebion sy'n disgrifio'r un peth mewn mannau gwahanol mewn {1} ffordd, ac maen nhw'n cytuno.",
    ["of the {1} comparisons between answers that describe the same thing, {2} found a disagreement:"] =
      "o'r {1} cymhariaeth rhwng atebion sy'n disgrifio'r un peth, canfu {2} anghytundeb:",
    ["a warning"] = "rhybudd", ["a contradiction"] = "gwrthddywediad", ["What to change"] = "Beth i'w newid",
    ["Yes"] = "Ie", ["No"] = "Na", ["Why"] = "Pam", ["Check"] = "Gwiriad", ["Result"] = "Canlyniad", ["pass"] = "yn pasio", ["warning"] = "rhybudd",
    ["not yet applicable"] = "ddim yn berthnasol eto", ["Warning"] = "Rhybudd",
    ["Value"] = "Gwerth", ["What it means"] = "Beth mae'n ei olygu",
    ["Families recruited and allocated"] = "Teuluoedd a recriwtiwyd ac a ddyrannwyd",
    ["the total across both groups, before any drop-out"] = "y cyfanswm ar draws y ddau grŵp, cyn i neb ymadael",
    ["Allocation ratio (programme : comparison)"] = "Cymhareb dyrannu (rhaglen : cymhariaeth)",
    ["how the families are shared between the groups"] = "sut mae'r teuluoedd yn cael eu rhannu rhwng y grwpiau",
    ["Clusters"] = "Clystyrau", ["groups allocated as a whole"] = "grwpiau a ddyrennir yn gyfan",
    ["Cluster size"] = "Maint clwstwr", ["families in each cluster, on average, before drop-out"] = "teuluoedd ym mhob clwstwr, ar gyfartaledd, cyn ymadael",
    ["Intra-cluster correlation (ICC)"] = "Cydberthyniad mewnglwstwr (ICC)",
    ["how alike families in one cluster are; it inflates the sample needed"] = "pa mor debyg yw teuluoedd mewn un clwstwr; mae'n chwyddo'r sampl sydd ei angen",
    ["Expected effect size"] = "Maint effaith disgwyliedig",
    ["the smallest difference worth finding, in standard deviations"] = "y gwahaniaeth lleiaf sy'n werth ei ganfod, mewn gwyriadau safonol",
    ["Significance level (alpha)"] = "Lefel arwyddocâd (alffa)", ["default"] = "rhagosodedig",
    ["the chance of a false positive, two-sided"] = "y siawns o bositif ffug, dwy ochr",
    ["Power"] = "Pŵer", ["the chance of detecting a true effect of that size"] = "y siawns o ganfod gwir effaith o'r maint hwnnw",
    ["Variance explained by baseline covariates (R²)"] = "Amrywiant a esbonnir gan gydamryweddau llinell sylfaen (R²)",
    ["0 (none assumed)"] = "0 (dim wedi'i dybio)",
    ["adjusting for baseline scores shrinks the sample needed"] = "mae addasu ar gyfer sgoriau llinell sylfaen yn lleihau'r sampl sydd ei angen",
    ["Expected attrition"] = "Ymadael disgwyliedig",
    ["families lost before the primary outcome is measured"] = "teuluoedd a gollir cyn i'r prif ganlyniad gael ei fesur",
    ["Difference in attrition between groups"] = "Gwahaniaeth mewn ymadael rhwng grwpiau",
    ["unequal losses threaten the comparison"] = "mae colledion anghyfartal yn bygwth y gymhariaeth",
    ["Share with the outcome without the service"] = "Y gyfran â'r canlyniad heb y gwasanaeth",
    ["the comparison group's rate"] = "cyfradd y grŵp cymharu",
    ["Share expected with the service"] = "Y gyfran a ddisgwylir gyda'r gwasanaeth",
    ["the change the study is designed to detect"] = "y newid y mae'r astudiaeth wedi'i chynllunio i'w ganfod",
    ["Families per programme group"] = "Teuluoedd ym mhob grŵp rhaglen",
    ["families who share a group become alike (a partially nested trial)"] = "mae teuluoedd sy'n rhannu grŵp yn dod yn debyg (treial rhannol nythog)",
    ["ICC between families in one group"] = "ICC rhwng teuluoedd mewn un grŵp", ["0.05 (assumed)"] = "0.05 (wedi'i dybio)",
    ["how alike they become; it inflates the sample needed"] = "pa mor debyg y maen nhw'n dod; mae'n chwyddo'r sampl sydd ei angen",
    ["Sites allocated separately"] = "Safleoedd a ddyrennir ar wahân", ["the lottery is run within each site"] = "mae'r loteri'n cael ei rhedeg o fewn pob safle",
    ["Variation in cluster size (coefficient of variation)"] = "Amrywiad ym maint clystyrau (cyfernod amrywiad)",
    ["unequal clusters need more of them"] = "mae clystyrau anghyfartal angen mwy ohonynt",
    ["Clusters expected to withdraw"] = "Clystyrau y disgwylir iddynt dynnu'n ôl", ["whole clusters lost after allocation"] = "clystyrau cyfan a gollir ar ôl dyrannu",
    ["Steps of the roll-out"] = "Camau'r cyflwyno",
    ["clusters start the service in this many steps after one baseline period"] = "mae clystyrau'n dechrau'r gwasanaeth mewn cynifer â hyn o gamau ar ôl un cyfnod llinell sylfaen",
    ["Share on the service side of the cut-off"] = "Y gyfran ar ochr y gwasanaeth i'r pwynt torri",
    ["sets the discontinuity's design effect"] = "mae'n pennu effaith cynllun y diffyg parhad",
    ["Data points after the start"] = "Pwyntiau data ar ôl y dechrau", ["with {1} before the start"] = "gyda {1} cyn y dechrau",
    ["Correlation of neighbouring points"] = "Cydberthynas pwyntiau cyfagos", ["more correlation needs more points"] = "mae mwy o gydberthynas angen mwy o bwyntiau",
    ["Design effect of matching or weighting"] = "Effaith cynllun paru neu bwysoli",
    ["the precision matching or weighting costs"] = "y manylder y mae paru neu bwysoli yn ei gostio",
    ["Families analysed"] = "Teuluoedd a ddadansoddir",
    ["those recruited less the expected drop-out: the number the smallest detectable effect is worked out for"] =
      "y rhai a recriwtiwyd llai'r ymadael disgwyliedig: y nifer y cyfrifir yr effaith leiaf y gellir ei chanfod ar ei gyfer",
    ["Minimum detectable effect size (MDES)"] = "Maint effaith lleiaf y gellir ei ganfod (MDES)",
    ["the smallest effect this sample can reliably detect"] = "yr effaith leiaf y gall y sampl hwn ei chanfod yn ddibynadwy",
    ["How it is worked out"] = "Sut y caiff ei gyfrifo",
    ["the calculation and its assumptions (evalwiz doc/calculators.md)"] = "y cyfrifiad a'i ragdybiaethau (evalwiz doc/calculators.md)",
    ["Recruiting {1} clusters of {2} families and losing {3} leaves about {4} families a cluster to analyse; the smallest detectable effect is worked out for them."] =
      "Mae recriwtio {1} clwstwr o {2} teulu a cholli {3} yn gadael tua {4} teulu ym mhob clwstwr i'w dadansoddi; cyfrifir yr effaith leiaf y gellir ei chanfod ar eu cyfer nhw.",
    ["Recruiting {1} families and losing {2} before the primary outcome leaves about {3} to analyse; the smallest detectable effect is worked out for those {3}."] =
      "Mae recriwtio {1} teulu a cholli {2} cyn y prif ganlyniad yn gadael tua {3} i'w dadansoddi; cyfrifir yr effaith leiaf y gellir ei chanfod ar gyfer y {3} hynny.",
    ["The planned sample can detect the expected effect: the MDES ({1}) is no larger than the expected effect ({2})."] =
      "Gall y sampl arfaethedig ganfod yr effaith ddisgwyliedig: nid yw'r MDES ({1}) yn fwy na'r effaith ddisgwyliedig ({2}).",
    ["the MDES ({1}) is larger than the expected effect ({2}): the study is underpowered as planned."] =
      "mae'r MDES ({1}) yn fwy na'r effaith ddisgwyliedig ({2}): nid oes gan yr astudiaeth ddigon o bŵer fel y'i cynlluniwyd.",
    ["Where the numbers come from"] = "O ble daw'r rhifau",
    ["The expected effect size"] = "Maint yr effaith ddisgwyliedig", ["The share explained by baseline measures"] = "Y gyfran a esbonnir gan fesurau llinell sylfaen",
    ["The ICC"] = "Yr ICC", ["The ICC for groups"] = "Yr ICC ar gyfer grwpiau", ["The expected attrition"] = "Yr ymadael disgwyliedig",
    ["Item"] = "Eitem", ["Category"] = "Categori", ["Quantity"] = "Nifer", ["Unit cost"] = "Cost uned", ["Unit cost range"] = "Ystod cost uned",
    ["Cost"] = "Cost", ["Set-up or recurrent"] = "Sefydlu neu gylchol", ["to"] = "i",
    ["Set-up"] = "Sefydlu", ["Recurrent, a year"] = "Cylchol, y flwyddyn", ["Total"] = "Cyfanswm",
    ["{1}: the diagram needs the logic model's inputs, activities, outputs and outcomes."] =
      "{1}: mae'r diagram angen mewnbynnau, gweithgareddau, allbynnau a chanlyniadau'r model rhesymeg.",
    -- the health check (wizard/health.lua, through tr): titles and reasons;
    -- %s and %d are the values it puts in, in this order
    ["families on the waiting list"] = "teuluoedd ar y rhestr aros",
    ["matched non-participants from records"] = "pobl nad oeddent yn cymryd rhan wedi'u paru o gofnodion",
    ["a comparable group without the service"] = "grŵp tebyg heb y gwasanaeth",
    ["an earlier cohort"] = "carfan gynharach",
    ["families just the other side of the eligibility cut-off"] = "teuluoedd sydd ychydig yr ochr arall i'r pwynt torri cymhwysedd",
    ["A robust comparison group"] = "Grŵp cymharu cadarn",
    ["The plan's design is the %s, but %s. As planned it has no sound comparison and supports Level 2 at most: change the answers or choose the design that fits them."] =
      "Cynllun astudiaeth y cynllun yw'r %s, ond %s. Fel y'i cynlluniwyd nid oes ganddo gymhariaeth gadarn ac mae'n cefnogi Lefel 2 ar y mwyaf: newidiwch yr atebion neu dewiswch y cynllun sy'n cyd-fynd â nhw.",
    ["A before-and-after study has no comparison group, so change cannot be put down to the service: children grow, families referred in a crisis improve anyway, other services step in. The plan can reach Level 2 at most."] =
      "Nid oes grŵp cymharu mewn astudiaeth cyn ac ar ôl, felly ni ellir priodoli newid i'r gwasanaeth: mae plant yn tyfu, mae teuluoedd a atgyfeirir mewn argyfwng yn gwella beth bynnag, mae gwasanaethau eraill yn camu i mewn. Gall y cynllun gyrraedd Lefel 2 ar y mwyaf.",
    ["An interrupted time series without a comparison series cannot rule out other changes at the same time; add one from areas without the service, or the plan stays at Level 2."] =
      "Ni all cyfres amser wedi'i thorri heb gyfres gymharu ddiystyru newidiadau eraill ar yr un pryd; ychwanegwch un o ardaloedd heb y gwasanaeth, neu mae'r cynllun yn aros ar Lefel 2.",
    ["The comparison group is an earlier cohort: families then lived through different times (other services, policies, recording) and no matching removes change over time, so the plan can reach Level 2 at most. A group followed at the same time is much stronger."] =
      "Carfan gynharach yw'r grŵp cymharu: roedd teuluoedd bryd hynny'n byw drwy amseroedd gwahanol (gwasanaethau, polisïau, cofnodi gwahanol) ac nid oes paru sy'n dileu newid dros amser, felly gall y cynllun gyrraedd Lefel 2 ar y mwyaf. Mae grŵp a ddilynir ar yr un pryd yn llawer cryfach.",
    ["The comparison comes from %s; show that the groups were alike before the start."] =
      "Mae'r gymhariaeth yn dod o %s; dangoswch fod y grwpiau'n debyg cyn y dechrau.",
    ["You can decide by lot who gets the service, which gives the fairest comparison group; choose the design at step 6."] =
      "Gallwch benderfynu drwy goelbren pwy sy'n cael y gwasanaeth, sy'n rhoi'r grŵp cymharu tecaf; dewiswch gynllun yr astudiaeth yng ngham 6.",
    ["An earlier cohort lived through different times (other services, policies, recording); a group followed at the same time is much stronger, and an earlier cohort supports Level 2 at most."] =
      "Roedd carfan gynharach yn byw drwy amseroedd gwahanol (gwasanaethau, polisïau, cofnodi gwahanol); mae grŵp a ddilynir ar yr un pryd yn llawer cryfach, ac mae carfan gynharach yn cefnogi Lefel 2 ar y mwyaf.",
    ["The comparison group is %s; show that it resembled participants before the start."] =
      "Y grŵp cymharu yw %s; dangoswch ei fod yn debyg i'r cyfranogwyr cyn y dechrau.",
    ["There is no comparison group, so any change cannot be put down to the service and the plan can reach Level 2 at most; see 'evalwiz advise' for designs that would give one."] =
      "Nid oes grŵp cymharu, felly ni ellir priodoli unrhyw newid i'r gwasanaeth a gall y cynllun gyrraedd Lefel 2 ar y mwyaf; gweler 'evalwiz advise' am gynlluniau a fyddai'n rhoi un.",
    ["No design or comparison group chosen yet: answer the impact step's questions on allocation and comparison."] =
      "Nid oes cynllun astudiaeth na grŵp cymharu wedi'i ddewis eto: atebwch gwestiynau'r cam effaith am ddyrannu a chymharu.",
    ["Drop-out (attrition)"] = "Ymadael (attrition)",
    ["A time series of routine aggregate data recruits no one, so no one drops out; check instead that the outcome is recorded the same way throughout."] =
      "Nid yw cyfres amser o ddata cyfanredol arferol yn recriwtio neb, felly nid oes neb yn ymadael; gwiriwch yn hytrach fod y canlyniad yn cael ei gofnodi yn yr un ffordd drwy'r amser.",
    ["%s of the groups may withdraw after allocation (above %s): every family in a group that leaves is lost at once, and the groups that stay may differ. Agree the commitment before the draw and keep withdrawn groups in the analysis with routine data if you can."] =
      "Gall %s o'r grwpiau dynnu'n ôl ar ôl dyrannu (uwchlaw %s): collir pob teulu mewn grŵp sy'n gadael ar unwaith, a gall y grwpiau sy'n aros fod yn wahanol. Cytunwch ar yr ymrwymiad cyn y dyrannu a chadwch grwpiau a dynnodd yn ôl yn y dadansoddi gyda data arferol os gallwch.",
    ["Expected drop-out is not stated: say what share of families you expect to lose before the outcome measure, recruit enough extra, and plan how to keep them."] =
      "Nid yw'r ymadael disgwyliedig wedi'i nodi: dywedwch pa gyfran o deuluoedd rydych chi'n disgwyl eu colli cyn mesur y canlyniad, recriwtiwch ddigon yn ychwanegol, a chynlluniwch sut i'w cadw.",
    ["%s expected drop-out is high (above %s): those who stay may no longer be like those who started. Plan retention (reminders, flexible times, incentives) and recruit about %d for every 100 you need."] =
      "Mae ymadael disgwyliedig o %s yn uchel (uwchlaw %s): efallai na fydd y rhai sy'n aros yn debyg mwyach i'r rhai a ddechreuodd. Cynlluniwch sut i gadw teuluoedd (nodiadau atgoffa, amseroedd hyblyg, cymhellion) a recriwtiwch tua %d am bob 100 sydd eu hangen arnoch.",
    ["Drop-out may differ between the groups by %s points (above %s): when one group loses more families, the groups stop being comparable. Plan to keep the control group engaged too."] =
      "Gall ymadael fod yn wahanol rhwng y grwpiau o %s pwynt (uwchlaw %s): pan fydd un grŵp yn colli mwy o deuluoedd, nid yw'r grwpiau'n gymaradwy mwyach. Cynlluniwch i gadw'r grŵp rheoli'n rhan o'r astudiaeth hefyd.",
    [" Also say how many whole groups might withdraw."] = " Dywedwch hefyd faint o grwpiau cyfan a allai dynnu'n ôl.",
    ["%s expected drop-out is acceptable; also say whether it may differ between the groups.%s"] =
      "Mae ymadael disgwyliedig o %s yn dderbyniol; dywedwch hefyd a allai fod yn wahanol rhwng y grwpiau.%s",
    ["%s expected drop-out, differing by %s points between groups, is acceptable.%s"] =
      "Mae ymadael disgwyliedig o %s, sy'n wahanol o %s pwynt rhwng grwpiau, yn dderbyniol.%s",
    ["%s expected drop-out is acceptable."] = "Mae ymadael disgwyliedig o %s yn dderbyniol.",
    ["Everyone analysed (intention to treat)"] = "Dadansoddi pawb (bwriad i drin)",
    ["A time series of routine aggregate data counts everyone in the area, so no one is allocated or left out of the analysis."] =
      "Mae cyfres amser o ddata cyfanredol arferol yn cyfrif pawb yn yr ardal, felly nid oes neb yn cael ei ddyrannu na'i adael allan o'r dadansoddi.",
    ["Everyone allocated will be analysed in the group they were allocated to, whether or not they completed (intention to treat)."] =
      "Bydd pawb a ddyrannwyd yn cael eu dadansoddi yn y grŵp y cawsant eu dyrannu iddo, p'un a wnaethant gwblhau ai peidio (bwriad i drin).",
    ["Analysing only those who completed breaks the fair comparison: completers differ from drop-outs. Analyse everyone as allocated (intention to treat); a completers-only analysis can be an extra."] =
      "Mae dadansoddi'r rhai a gwblhaodd yn unig yn torri'r gymhariaeth deg: mae'r rhai sy'n cwblhau yn wahanol i'r rhai sy'n gadael. Dadansoddwch bawb fel y'u dyrannwyd (bwriad i drin); gall dadansoddiad o'r rhai a gwblhaodd yn unig fod yn ychwanegol.",
    ["Not stated whether everyone allocated will be analysed in their group (intention to treat); say so in the impact step."] =
      "Heb nodi a fydd pawb a ddyrannwyd yn cael eu dadansoddi yn eu grŵp (bwriad i drin); dywedwch hynny yn y cam effaith.",
    ["Appropriate, validated measures"] = "Mesurau priodol wedi'u dilysu",
    ["The primary measure has evidence that it is valid and reliable for this population."] =
      "Mae tystiolaeth bod y prif fesur yn ddilys ac yn ddibynadwy ar gyfer y boblogaeth hon.",
    ["The primary measure is only partly validated for this population; find one with published evidence, or check its reliability in the pilot."] =
      "Dim ond yn rhannol y mae'r prif fesur wedi'i ddilysu ar gyfer y boblogaeth hon; dewch o hyd i un sydd â thystiolaeth gyhoeddedig, neu gwiriwch ei ddibynadwyedd yn y peilot.",
    ["The primary measure is not validated: results from home-made or unchecked questionnaires are not accepted as evidence. Choose an established measure that fits the outcome and the families."] =
      "Nid yw'r prif fesur wedi'i ddilysu: ni dderbynnir canlyniadau o holiaduron cartref neu heb eu gwirio fel tystiolaeth. Dewiswch fesur sefydledig sy'n gweddu i'r canlyniad a'r teuluoedd.",
    ["Not stated whether the primary measure is validated for this population; name it and its evidence in the impact step."] =
      "Heb nodi a yw'r prif fesur wedi'i ddilysu ar gyfer y boblogaeth hon; enwch ef a'i dystiolaeth yn y cam effaith.",
    ["Sample large enough"] = "Sampl digon mawr",
    ["Power for a time series depends on the number of data points and their pattern; give the points after the start, and ask your academic partner to check it."] =
      "Mae pŵer cyfres amser yn dibynnu ar nifer y pwyntiau data a'u patrwm; rhowch y pwyntiau ar ôl y dechrau, a gofynnwch i'ch partner academaidd ei wirio.",
    ["No sample size or minimum detectable effect yet: %s."] = "Dim maint sampl nac effaith leiaf y gellir ei chanfod eto: %s.",
    ["give the number of participants (and groups)"] = "rhowch nifer y cyfranogwyr (a'r grwpiau)",
    ["With %s the series can reveal a change in level of about %.2f standard deviations of its own ups and downs (%s); judge that against how much the series varies, not against an effect size on children, with your academic partner."] =
      "Gyda %s gall y gyfres ddatgelu newid yn y lefel o tua %.2f gwyriad safonol o'i hamrywiadau ei hun (%s); barnwch hynny yn erbyn faint mae'r gyfres yn amrywio, nid yn erbyn maint effaith ar blant, gyda'ch partner academaidd.",
    ["Say what share of families you expect to have the outcome with the service, so that the sample can be checked against it."] =
      "Dywedwch pa gyfran o deuluoedd rydych chi'n disgwyl iddynt gael y canlyniad gyda'r gwasanaeth, fel y gellir gwirio'r sampl yn ei erbyn.",
    ["With %s the study can reliably detect the change you expect (%s)."] =
      "Gyda %s gall yr astudiaeth ganfod yn ddibynadwy y newid rydych chi'n ei ddisgwyl (%s).",
    ["With %s the smallest change the study can reliably detect is to %s, more than the change you expect (%s): it is likely to miss a real effect."] =
      "Gyda %s y newid lleiaf y gall yr astudiaeth ei ganfod yn ddibynadwy yw i %s, mwy na'r newid rydych chi'n ei ddisgwyl (%s): mae'n debygol o fethu effaith go iawn.",
    ["The study can reliably detect effects of about %s standard deviations, larger than the %.2f you expect (%s): it is likely to miss a real effect."] =
      "Gall yr astudiaeth ganfod yn ddibynadwy effeithiau o tua %s gwyriad safonol, mwy na'r %.2f rydych chi'n ei ddisgwyl (%s): mae'n debygol o fethu effaith go iawn.",
    ["The study can only reliably detect effects of about %s standard deviations or more (%s); many services have smaller effects than %.2f."] =
      "Dim ond effeithiau o tua %s gwyriad safonol neu fwy y gall yr astudiaeth eu canfod yn ddibynadwy (%s); mae gan lawer o wasanaethau effeithiau llai na %.2f.",
    ["The study can reliably detect effects of about %s standard deviations (%s)."] =
      "Gall yr astudiaeth ganfod yn ddibynadwy effeithiau o tua %s gwyriad safonol (%s).",
    ["Long-term follow-up"] = "Dilyniant tymor hir",
    ["A before-and-after study cannot reach Level 4 anyway; plan the long-term follow-up with the impact evaluation."] =
      "Ni all astudiaeth cyn ac ar ôl gyrraedd Lefel 4 beth bynnag; cynlluniwch y dilyniant tymor hir gyda'r gwerthusiad effaith.",
    ["Outcomes are measured %s months after the service, about %d months after allocation, but the waiting list is offered the service at %s months: no comparison group is left by then, so the follow-up shows whether change lasts, not whether the effect does (no Level 4 evidence). Keep a comparison group until the follow-up, or plan Level 4 through another study."] =
      "Mae canlyniadau'n cael eu mesur %s mis ar ôl y gwasanaeth, tua %d mis ar ôl dyrannu, ond cynigir y gwasanaeth i'r rhestr aros ar ôl %s mis: nid oes grŵp cymharu ar ôl erbyn hynny, felly mae'r dilyniant yn dangos a yw newid yn para, nid a yw'r effaith yn para (dim tystiolaeth Lefel 4). Cadwch grŵp cymharu tan y dilyniant, neu cynlluniwch Lefel 4 drwy astudiaeth arall.",
    ["The plan measures outcomes %s months after the service but does not offer the follow-up as evidence of a lasting effect, so it cannot reach Level 4 through it; say how a lasting effect will be shown."] =
      "Mae'r cynllun yn mesur canlyniadau %s mis ar ôl y gwasanaeth ond nid yw'n cynnig y dilyniant fel tystiolaeth o effaith barhaol, felly ni all gyrraedd Lefel 4 drwyddo; dywedwch sut y dangosir effaith barhaol.",
    ["Outcomes are measured %s months after the service, long enough to show a lasting effect (Level 4)."] =
      "Mae canlyniadau'n cael eu mesur %s mis ar ôl y gwasanaeth, digon hir i ddangos effaith barhaol (Lefel 4).",
    ["An earlier rigorous study already showed an outcome lasting 12 months or more, so Level 4 can build on it if this study confirms the effect%s."] =
      "Mae astudiaeth drylwyr gynharach eisoes wedi dangos canlyniad sy'n para 12 mis neu fwy, felly gall Lefel 4 adeiladu arni os yw'r astudiaeth hon yn cadarnhau'r effaith%s.",
    ["; the follow-up here is %s months"] = "; mae'r dilyniant yma'n %s mis",
    ["No long-term follow-up planned: without an outcome measured %d months or more after the service, the plan cannot reach Level 4."] =
      "Dim dilyniant tymor hir wedi'i gynllunio: heb ganlyniad wedi'i fesur %d mis neu fwy ar ôl y gwasanaeth, ni all y cynllun gyrraedd Lefel 4.",
    ["The follow-up is %s months; Level 4 needs an outcome still improved %d months or more after the service."] =
      "Mae'r dilyniant yn %s mis; mae Lefel 4 angen canlyniad sy'n dal yn well %d mis neu fwy ar ôl y gwasanaeth.",
    ["You are at step %d: this applies once an outcome study is planned, after the feasibility study."] =
      "Rydych chi ar gam %d: mae hyn yn berthnasol unwaith y bydd astudiaeth canlyniadau wedi'i chynllunio, ar ôl yr astudiaeth ddichonoldeb.",
    ["This applies once an outcome study is planned, after the feasibility study."] =
      "Mae hyn yn berthnasol unwaith y bydd astudiaeth canlyniadau wedi'i chynllunio, ar ôl yr astudiaeth ddichonoldeb.",
    ["Plan health check (EIF's six common pitfalls):"] = "Gwiriad iechyd y cynllun (chwe magl gyffredin EIF):",
    ["Assumption"] = "Rhagdybiaeth",
    ["random allocation of families"] = "dyrannu teuluoedd ar hap",
    ["random allocation of groups"] = "dyrannu grwpiau ar hap",
    ["a random order of start for the groups"] = "trefn ddechrau ar hap i'r grwpiau",
    ["a comparison group followed from before the start"] = "grŵp cymharu a ddilynir o cyn y dechrau",
    ["a matched comparison group"] = "grŵp cymharu cyfatebol",
    ["the trend before the start, with a comparison series"] = "y duedd cyn y dechrau, gyda chyfres gymharu",
    -- the checks' headings and the consistency checks' titles (plancheck.lua)
    ["Plan health check (EIF's six common pitfalls)"] = "Gwiriad iechyd y cynllun (chwe magl gyffredin EIF)",
    ["Consistency checks (answers that must agree)"] = "Gwiriadau cysondeb (atebion y mae'n rhaid iddynt gytuno)",
    ["The sample sizes agree"] = "Mae meintiau'r sampl yn cytuno",
    ["Group delivery is allowed for"] = "Caniateir ar gyfer darparu mewn grwpiau",
    ["Comparisons come before the waiting list gets the programme"] = "Daw'r cymariaethau cyn i'r rhestr aros gael y rhaglen",
    ["Recruitment can reach the sample"] = "Gall recriwtio gyrraedd y sampl",
    ["The impact study has its own schedule of measures"] = "Mae gan yr astudiaeth effaith ei hamserlen mesurau ei hun",
    ["The baseline measures come from one list"] = "Daw'r mesurau llinell sylfaen o un rhestr",
    ["The cost horizon covers the outcomes"] = "Mae gorwel y costau'n cwmpasu'r canlyniadau",
    ["An evidence level is claimed only for a chosen design"] = "Dim ond ar gyfer cynllun astudiaeth a ddewiswyd yr hawlir lefel tystiolaeth",
    ["The steps marked done agree with each other"] = "Mae'r camau a nodwyd fel rhai wedi'u gwneud yn cytuno â'i gilydd",
    ["An outcome reported by someone who does not know the group"] = "Canlyniad a adroddir gan rywun nad yw'n gwybod y grŵp",
    ["One primary outcome"] = "Un prif ganlyniad",
    ["The pilot collects what the trial's sample size needs"] = "Mae'r peilot yn casglu'r hyn sydd ei angen ar faint sampl y treial",
    -- the consistency checks' reasons and what to change (consistency.lua,
    -- through tr); %s are the values, in this order
    ["The smallest detectable effect is worked out for %s clusters of %s families (%s families), but %s says %s."] =
      "Cyfrifir yr effaith leiaf y gellir ei chanfod ar gyfer %s clwstwr o %s teulu (%s teulu), ond mae %s yn dweud %s.",
    ["Make %s times %s equal the number recruited, or change %s."] =
      "Gwnewch i %s wedi'i luosi â %s fod yn hafal i'r nifer a recriwtir, neu newidiwch %s.",
    ["%s families are recruited and allocated; %s are expected to be analysed after %s%% drop-out, and the smallest detectable effect is worked out for the %s analysed."] =
      "Mae %s teulu'n cael eu recriwtio a'u dyrannu; disgwylir i %s gael eu dadansoddi ar ôl %s%% o ymadael, a chyfrifir yr effaith leiaf y gellir ei chanfod ar gyfer y %s a ddadansoddir.",
    ["Families meet in groups but the analysis treats them as independent; the plan gives its reason."] =
      "Mae teuluoedd yn cyfarfod mewn grwpiau ond mae'r dadansoddi'n eu trin fel rhai annibynnol; mae'r cynllun yn rhoi ei reswm.",
    ["Check the reason in %s with your statistician, and estimate the group ICC in a sensitivity analysis."] =
      "Gwiriwch y rheswm yn %s gyda'ch ystadegydd, ac amcangyfrifwch ICC y grwpiau mewn dadansoddiad sensitifrwydd.",
    ["Families meet in groups (%s), so their results are alike, but the analysis treats them as independent and gives no reason."] =
      "Mae teuluoedd yn cyfarfod mewn grwpiau (%s), felly mae eu canlyniadau'n debyg, ond mae'r dadansoddi'n eu trin fel rhai annibynnol ac nid yw'n rhoi rheswm.",
    ["Answer yes to %s, or say why not in %s."] = "Atebwch ydy i %s, neu dywedwch pam lai yn %s.",
    ["Families meet in groups, and the sample size (a partially nested design, for a trial of families) and the analysis allow for the groups."] =
      "Mae teuluoedd yn cyfarfod mewn grwpiau, ac mae maint y sampl (cynllun rhannol nythog, ar gyfer treial o deuluoedd) a'r dadansoddi'n caniatáu ar gyfer y grwpiau.",
    ["The primary outcome is measured %s months after allocation (%s), but waiting-list families are offered the programme at %s months (%s): by then there is no comparison group."] =
      "Mae'r prif ganlyniad yn cael ei fesur %s mis ar ôl dyrannu (%s), ond cynigir y rhaglen i deuluoedd y rhestr aros ar ôl %s mis (%s): erbyn hynny nid oes grŵp cymharu.",
    ["Measure the primary outcome at %s months or earlier, or offer the waiting list the programme later."] =
      "Mesurwch y prif ganlyniad ar ôl %s mis neu'n gynharach, neu cynigiwch y rhaglen i'r rhestr aros yn hwyrach.",
    ["The long-term follow-up is %s months after the programme ends, about %s months after allocation, but waiting-list families are offered the programme at %s months: the follow-up has no comparison group, so it cannot support Level 4."] =
      "Mae'r dilyniant tymor hir %s mis ar ôl i'r rhaglen ddod i ben, tua %s mis ar ôl dyrannu, ond cynigir y rhaglen i deuluoedd y rhestr aros ar ôl %s mis: nid oes grŵp cymharu gan y dilyniant, felly ni all gefnogi Lefel 4.",
    ["Answer no to %s and plan Level 4 through another study, or keep a comparison group until the follow-up (offer the waiting list the programme after it)."] =
      "Atebwch na i %s a chynlluniwch Lefel 4 drwy astudiaeth arall, neu cadwch grŵp cymharu tan y dilyniant (cynigiwch y rhaglen i'r rhestr aros ar ei ôl).",
    ["Waiting-list families are offered the programme at %s months, after the comparisons the plan relies on%s."] =
      "Cynigir y rhaglen i deuluoedd y rhestr aros ar ôl %s mis, ar ôl y cymariaethau y mae'r cynllun yn dibynnu arnynt%s.",
    [" (the primary outcome at %s months)"] = " (y prif ganlyniad ar ôl %s mis)",
    ["%s families a month for %s months is %s families, fewer than the %s the study must recruit (%s)."] =
      "Mae %s teulu y mis am %s mis yn %s teulu, llai na'r %s y mae'n rhaid i'r astudiaeth eu recriwtio (%s).",
    ["Recruit for at least %s months, find more referrals, or plan a smaller study with the larger smallest detectable effect that brings."] =
      "Recriwtiwch am o leiaf %s mis, dewch o hyd i fwy o atgyfeiriadau, neu cynlluniwch astudiaeth lai gyda'r effaith leiaf fwy y gellir ei chanfod a ddaw yn sgil hynny.",
    [" (including about %s waiting-list families offered the programme before recruitment ends)"] =
      " (gan gynnwys tua %s teulu o'r rhestr aros a gynigir y rhaglen cyn i'r recriwtio ddod i ben)",
    ["The study needs about %s programme places a year%s, but %s says %s."] =
      "Mae'r astudiaeth angen tua %s lle ar y rhaglen y flwyddyn%s, ond mae %s yn dweud %s.",
    ["Run more groups, recruit over more months, or offer the waiting list the programme later."] =
      "Cynhaliwch fwy o grwpiau, recriwtiwch dros fwy o fisoedd, neu cynigiwch y rhaglen i'r rhestr aros yn hwyrach.",
    ["%s families a month for %s months gives %s, enough for the %s the study recruits%s."] =
      "Mae %s teulu y mis am %s mis yn rhoi %s, digon ar gyfer y %s y mae'r astudiaeth yn eu recriwtio%s.",
    ["The primary outcome (\"%s\") has no row in %s."] = "Nid oes rhes i'r prif ganlyniad (\"%s\") yn %s.",
    ["Add a row for it with its measure, who reports it and when it is taken."] =
      "Ychwanegwch res ar ei gyfer gyda'i fesur, pwy sy'n ei adrodd a phryd y caiff ei gymryd.",
    ["The primary outcome is measured at %s months (%s), but the schedule in %s does not take it then."] =
      "Mae'r prif ganlyniad yn cael ei fesur ar ôl %s mis (%s), ond nid yw'r amserlen yn %s yn ei gymryd bryd hynny.",
    ["Tick that time point for the primary outcome's measure, or change the primary time point."] =
      "Ticiwch y pwynt amser hwnnw ar gyfer mesur y prif ganlyniad, neu newidiwch y prif bwynt amser.",
    ["The primary outcome has no baseline measurement in the schedule, so the analysis cannot adjust for it."] =
      "Nid oes mesuriad llinell sylfaen i'r prif ganlyniad yn yr amserlen, felly ni all y dadansoddi addasu ar ei gyfer.",
    ["Tick the baseline for it in %s."] = "Ticiwch y llinell sylfaen ar ei gyfer yn %s.",
    ["The secondary outcome %s has no row in %s."] = "Nid oes rhes i'r canlyniad eilaidd %s yn %s.",
    ["The secondary outcomes %s have no row in %s."] = "Nid oes rhes i'r canlyniadau eilaidd %s yn %s.",
    ["Add a row for each, or take them out of the secondary outcomes."] =
      "Ychwanegwch res ar gyfer pob un, neu tynnwch nhw allan o'r canlyniadau eilaidd.",
    ["The study's schedule measures every outcome, the primary one at baseline and at %s months."] =
      "Mae amserlen yr astudiaeth yn mesur pob canlyniad, y prif un ar y llinell sylfaen ac ar ôl %s mis.",
    ["The sample size assumes baseline measures explain %s of the outcome (%s), but %s lists none."] =
      "Mae maint y sampl yn tybio bod mesurau llinell sylfaen yn esbonio %s o'r canlyniad (%s), ond nid yw %s yn rhestru'r un.",
    ["List the baseline measures the analysis adjusts for, or set the share explained to 0."] =
      "Rhestrwch y mesurau llinell sylfaen y mae'r dadansoddi'n addasu ar eu cyfer, neu gosodwch y gyfran a esbonnir i 0.",
    ["The allocation is balanced on %s, but %s does not include %s."] = "Mae'r dyrannu'n cael ei gydbwyso ar %s, ond nid yw %s yn cynnwys %s.",
    ["Add each factor the allocation is balanced on to the baseline measures the analysis adjusts for."] =
      "Ychwanegwch bob ffactor y mae'r dyrannu'n cael ei gydbwyso arno at y mesurau llinell sylfaen y mae'r dadansoddi'n addasu ar eu cyfer.",
    ["The analysis, the sample size and the protocol all use the %s baseline measure listed in %s."] =
      "Mae'r dadansoddi, maint y sampl a'r protocol i gyd yn defnyddio'r %s mesur llinell sylfaen a restrir yn %s.",
    ["The analysis, the sample size and the protocol all use the %s baseline measures listed in %s."] =
      "Mae'r dadansoddi, maint y sampl a'r protocol i gyd yn defnyddio'r %s mesur llinell sylfaen a restrir yn %s.",
    ["the long-term follow-up"] = "y dilyniant tymor hir",
    ["the primary outcome"] = "y prif ganlyniad",
    ["Costs and benefits are counted over %s year (%s), but %s is measured about %s months after a family starts."] =
      "Mae costau a buddion yn cael eu cyfrif dros %s flwyddyn (%s), ond mae %s yn cael ei fesur tua %s mis ar ôl i deulu ddechrau.",
    ["Costs and benefits are counted over %s years (%s), but %s is measured about %s months after a family starts."] =
      "Mae costau a buddion yn cael eu cyfrif dros %s blynedd (%s), ond mae %s yn cael ei fesur tua %s mis ar ôl i deulu ddechrau.",
    ["Count over at least %s years, so the horizon covers the outcomes the economic evaluation sets against the costs."] =
      "Cyfrifwch dros o leiaf %s blynedd, fel bod y gorwel yn cwmpasu'r canlyniadau y mae'r gwerthusiad economaidd yn eu gosod yn erbyn y costau.",
    ["The %s-year horizon covers the programme and %s, about %s months after a family starts."] =
      "Mae'r gorwel o %s blynedd yn cwmpasu'r rhaglen a %s, tua %s mis ar ôl i deulu ddechrau.",
    ["The evidence level sought rests on the design chosen."] = "Mae'r lefel tystiolaeth a geisir yn seiliedig ar y cynllun astudiaeth a ddewiswyd.",
    ["%s is answered, but no design is chosen (%s): no design, no evidence level."] =
      "Mae %s wedi'i ateb, ond nid oes cynllun astudiaeth wedi'i ddewis (%s): dim cynllun, dim lefel tystiolaeth.",
    ["Choose the design first; the level it can support follows from it."] =
      "Dewiswch gynllun yr astudiaeth yn gyntaf; mae'r lefel y gall ei chefnogi yn dilyn ohono.",
    ["%s is answered yes, but the impact study has no design (%s)."] = "Mae %s wedi'i ateb ydy, ond nid oes cynllun gan yr astudiaeth effaith (%s).",
    ["Choose the impact study's design first."] = "Dewiswch gynllun yr astudiaeth effaith yn gyntaf.",
    ["%s says %s is done, but not %s, which it builds on."] = "Mae %s yn dweud bod %s wedi'i wneud, ond nid %s, y mae'n adeiladu arno.",
    ["Tick the earlier steps too if they were done, or untick the later one: the plan's status table and its warnings follow these ticks."] =
      "Ticiwch y camau cynharach hefyd os cawsant eu gwneud, neu daddiciwch yr un diweddarach: mae tabl statws y cynllun a'i rybuddion yn dilyn y ticiau hyn.",
    ["Every step marked done builds only on steps also marked done."] =
      "Mae pob cam a nodwyd fel un wedi'i wneud yn adeiladu ar gamau sydd hefyd wedi'u nodi fel rhai wedi'u gwneud yn unig.",
    ["The primary outcome is reported by someone who knows the family's group, and the schedule adds \"%s\", reported by someone who need not."] =
      "Mae'r prif ganlyniad yn cael ei adrodd gan rywun sy'n gwybod grŵp y teulu, ac mae'r amserlen yn ychwanegu \"%s\", a adroddir gan rywun nad oes angen iddo wybod.",
    ["The primary outcome is reported by %s, who knows the family's group, and no measure in %s comes from someone who does not."] =
      "Mae'r prif ganlyniad yn cael ei adrodd gan %s, sy'n gwybod grŵp y teulu, ac nid oes mesur yn %s yn dod gan rywun nad yw'n gwybod.",
    ["Add a measure from a teacher, an observer who is not told the group, or routine records, and say how it will be compared."] =
      "Ychwanegwch fesur gan athro, arsylwr na ddywedir wrtho beth yw'r grŵp, neu gofnodion arferol, a dywedwch sut y caiff ei gymharu.",
    ["The theory of change's main change for children (%s) is \"%s\", but the impact study's primary outcome is \"%s\"."] =
      "Prif newid y theori newid i blant (%s) yw \"%s\", ond prif ganlyniad yr astudiaeth effaith yw \"%s\".",
    ["Make them the same outcome, or say in the impact study's objectives why it tests another one first."] =
      "Gwnewch nhw'r un canlyniad, neu dywedwch yn amcanion yr astudiaeth effaith pam ei bod yn profi un arall yn gyntaf.",
    ["The theory of change and the impact study name the same primary outcome."] =
      "Mae'r theori newid a'r astudiaeth effaith yn enwi'r un prif ganlyniad.",
    ["The trial's sample size rests on %s, but %s does not include %s."] = "Mae maint sampl y treial yn dibynnu ar %s, ond nid yw %s yn cynnwys %s.",
    ["Collect them in the pilot, or say in the trial's sample-size sources where they come from instead."] =
      "Casglwch nhw yn y peilot, neu dywedwch yn ffynonellau maint sampl y treial o ble maen nhw'n dod yn lle hynny.",
    -- a choice's note while its options are still to come (checks.options_from)
    ["(name outcomes first)"] = "(enwch ganlyniadau yn gyntaf)",
    ["(list activities first)"] = "(rhestrwch weithgareddau yn gyntaf)",
    ["(list activities, outputs and outcomes first)"] = "(rhestrwch weithgareddau, allbynnau a chanlyniadau yn gyntaf)",
    ["(name outcomes in steps 1 and 2 first)"] = "(enwch ganlyniadau yng nghamau 1 a 2 yn gyntaf)",
    -- months, for dates in documents
    January = "Ionawr", February = "Chwefror", March = "Mawrth", April = "Ebrill", May = "Mai", June = "Mehefin",
    July = "Gorffennaf", August = "Awst", September = "Medi", October = "Hydref", November = "Tachwedd",
    December = "Rhagfyr",
  },
}

-- Each step's guidance and each question's help: a text, or { help = ...,
-- columns = { id = help } } for a table question.
local help = {
  opening = {
    guidance = [[
Mae'r dudalen hon yn gosod y cefndir i bawb sy'n darllen y cynllun, yn enwedig y partner academaidd.
Byddwch yn onest ynghylch ble rydych chi arni: mae gan y rhan fwyaf o wasanaethau theori newid ym mhen rhywun ond heb ei hysgrifennu, a cham 1 yw hynny, nid cam 6.
Mae'r camau rydych chi'n eu ticio fel rhai wedi'u gwneud yma yn cael eu trin felly pan fydd evalwiz yn eich rhybuddio am gamau cynharach rydych chi wedi'u hepgor.
(Mae'r deg cam yn dilyn model gwerthuso'r Early Intervention Foundation (EIF); gweler Hyb Gwerthuso EIF.)]],
    fields = {
      academic_partner = "Y brifysgol, yr uned ymchwil neu'r gwerthuswr annibynnol rydych chi'n gweithio gyda nhw, neu'n gobeithio gweithio gyda nhw. Ysgrifennwch \"heb ei ddewis eto\" os nad oes gennych chi un eto.",
      authors = { help = "Un rhes ar gyfer pob person a ysgrifennodd neu a luniodd y cynllun: ei enw, ei sefydliad a'i rôl yn y gwerthusiad (er enghraifft arweinydd, ystadegydd, rheolwr gwasanaeth, cynghorydd rhieni).",
        columns = { name = "Enw'r person.", organisation = "Ble mae'n gweithio.", role = "Beth mae'n ei wneud yn y gwerthusiad neu wrth ysgrifennu'r cynllun hwn." } },
      conflicts = "Gwrthdaro buddiannau: arian, swyddi neu enw da sy'n dibynnu ar y canlyniad, i'r bobl sy'n darparu, yn ariannu, yn datblygu neu'n gwerthuso'r gwasanaeth. Cynhwyswch fuddiant y datblygwr mewn canlyniad da. Ysgrifennwch \"dim\" dim ond os nad oes dim o gwbl.",
      developer = "Enwch y person neu'r sefydliad a greodd y rhaglen. Mae gwerthusiadau sy'n cael eu rhedeg neu eu dadansoddi gan ddatblygwr rhaglen yn tueddu i ganfod effeithiau mwy, felly mae partneriaid eisiau gwybod beth mae'r datblygwr yn ei wneud (hyfforddiant, goruchwyliaeth, trwyddedau) a beth nad yw'n ei wneud (casglu neu ddadansoddi data canlyniadau).",
      edi = "Cydraddoldeb, amrywiaeth a chynhwysiant: pa deuluoedd a allai gael eu colli neu eu digalonni (tadau, teuluoedd sy'n siarad ieithoedd eraill, rhieni anabl, teuluoedd mewn ardaloedd gwledig), a beth fydd y gwerthusiad yn ei wneud am hynny (cyfieithwyr, deunyddiau wedi'u cyfieithu, amseroedd hyblyg, edrych ar y canlyniadau i wahanol grwpiau).",
      funder = "Pob ffynhonnell arian neu gymorth arall (amser staff, lleoliadau, trwyddedau), a chyfeirnod y grant os oes un. Dywedwch a oes gan yr ariannwr unrhyw lais yn y cynllun, y dadansoddi neu'r hyn a gyhoeddir.",
      intervention = "Yr enw y mae eich tîm a'ch partneriaid yn ei ddefnyddio ar gyfer y gwasanaeth neu'r rhaglen. Ystyr \"ymyriad\" yn syml yw'r gwasanaeth rydych chi am ei werthuso.",
      intervention_summary = "Beth ydyw, ar gyfer pwy y mae a beth mae'n ceisio ei newid, mewn geiriau y byddai cynghorydd neu riant yn eu deall. Mae cam y theori newid yn gofyn am y manylion.",
      lead_contact = "Enw a theitl swydd, fel bod y partner academaidd yn gwybod pwy i'w holi.",
      organisation = "Y cyngor, yr heddlu, y bwrdd iechyd neu'r elusen sy'n darparu'r gwasanaeth ac sy'n berchen ar y cynllun hwn.",
      plan_title = "Y teitl sydd wedi'i argraffu ar flaen y cynllun. Gadewch ef yn wag i ddefnyddio'r teitl a roesoch wrth greu'r cynllun.",
      prior_12_months = "Mae Lefel 4 EIF yn gofyn am effaith sy'n para blwyddyn neu fwy. Os oedd treial neu astudiaeth led-arbrofol gynharach eisoes wedi dangos un, gall yr astudiaeth rydych chi'n ei chynllunio adeiladu arni; dywedwch pa astudiaeth yn nhystiolaeth y theori newid.",
      prior_level = "Mae'r Early Intervention Foundation yn graddio pa mor gryf yw'r dystiolaeth o effaith, o Lefel 2 (arwyddion cynnar) i Lefel 4 (effeithiau parhaol wedi'u dangos gan sawl astudiaeth drylwyr). Mae gradd gyda \"+\" (2+, 3+, 4+) yn golygu bod y dystiolaeth yn mynd y tu hwnt i'r trothwy sylfaenol ar gyfer y lefel honno. Os yw'r rhaglen yn Llyfr Canllaw EIF, copïwch ei gradd. Os nad yw erioed wedi'i gwerthuso, dewiswch \"heb ei werthuso eto\"; os nad ydych chi'n siŵr, dewiswch hynny a holwch eich partner academaidd.",
      protocol_note = "Mae'r cwestiynau nesaf yn rhoi'r manylion y mae partner academaidd, ariannwr a phwyllgor moeseg yn chwilio amdanynt ar flaen cynllun: ei fersiwn, pwy a'i hysgrifennodd, pwy sy'n talu, a phwy sydd â buddiant yn y canlyniad.",
      stage = "Y cyntaf o'r deg cam sydd heb ei dicio fel un wedi'i wneud.",
      stakeholders = "Pwy, y tu allan i'r tîm ymchwil, sydd â llais: rhieni sydd wedi defnyddio'r gwasanaeth, ymarferwyr, atgyfeirwyr, comisiynwyr. Dywedwch beth maen nhw'n ei wneud (rhoi sylwadau ar holiaduron, eistedd ar y grŵp llywio, helpu i egluro'r canlyniadau) a sut rydych chi'n eu cefnogi i gymryd rhan.",
      steps_done = "Ticiwch y camau y mae eich tîm eisoes wedi'u gwneud yn ddigon da i adeiladu arnynt, hyd yn oed os gwnaethoch chi nhw cyn defnyddio evalwiz. Gadewch gam heb ei dicio os yw'n bodoli ym mhen rhywun yn unig neu mewn dogfen sydd wedi dyddio.",
      team = "Y tîm neu'r gwasanaeth a fydd yn defnyddio'r cynllun o ddydd i ddydd.",
      version = "Rhif fersiwn rydych chi'n ei newid bob tro y caiff y cynllun ei anfon allan, fel bod pawb yn gwybod pa un y maen nhw'n ei ddarllen. Dechreuwch ar 0.1 ar gyfer drafftiau ac 1.0 ar gyfer y fersiwn gyntaf rydych chi'n ei hanfon at bartneriaid.",
      version_date = "Y dyddiad y gorffennoch chi'r fersiwn hon, wedi'i ysgrifennu BBBB-MM-DD.",
    },
  },
  theory_of_change = {
    guidance = [[
Theori newid yw'r sylfaen y mae pob cam diweddarach yn ei phrofi.
Mae'n ateb pedwar cwestiwn: pam mae angen y gwasanaeth (y broblem), ar gyfer pwy y mae, sut mae'n gweithio, a beth ddylai ei newid.
Cadwch y ffocws ar blant: dylai hyd yn oed rhaglen rianta enwi newid mewn plant fel ei phrif nod.
Ar gyfer pob cyswllt yn y gadwyn ("mae rhieni'n dysgu X, felly maen nhw'n gwneud Y, felly mae plant yn Z") dywedwch pa ymchwil sy'n ei gefnogi, a byddwch yn onest am y cysylltiadau sydd ond yn dybiaethau: dyna'r hyn y mae'n rhaid i'r gwerthusiad ei brofi.
Newidiadau mewn pobl yw canlyniadau (llai o broblemau ymddygiad), nid pethau y mae'r gwasanaeth yn eu gwneud neu'n eu cyfrif (sesiynau a ddarparwyd); mae evalwiz yn eich rhybuddio pan fydd canlyniad yn edrych fel cyfrif.
Nid yw'r cam hwn yn ennill gradd tystiolaeth ei hun (mae EIF yn graddio tystiolaeth o Lefel 2 i fyny); mae'n arwain at y canlyniadau a'r cysylltiadau y mae pob cam diweddarach yn eu profi.
(Hyb Gwerthuso EIF, cam 1: creu theori newid.)]],
    fields = {
      added_value = "Dywedwch beth sydd ar goll o'r cymorth sydd eisoes ar gael (ymwelwyr iechyd, ysgolion, meddygon teulu, rhaglenni eraill) a beth mae'r gwasanaeth hwn yn ei ychwanegu: teuluoedd y mae'n eu cyrraedd y mae eraill yn eu colli, angen nad yw eraill yn ei ddiwallu, neu ffordd well o'i ddiwallu.",
      assumptions = "Pethau y mae'n rhaid iddynt fod yn wir er mwyn i'r gwasanaeth weithio ond nad ydych chi wedi'u gwirio, un ar bob llinell: am deuluoedd yn cymryd rhan, am staff, am y cyd-destun lleol.",
      causal_links = { help = "Un rhes ar gyfer pob cyswllt (mae \"o\" yn arwain at \"i\"): pa ymchwil neu brofiad sy'n ei gefnogi, a pha mor gryf yw'r gefnogaeth honno. Cysylltiadau gwan neu dybiedig yw'r hyn y mae'n rhaid i'r gwerthusiad ei brofi.",
        columns = { evidence = "Astudiaethau, adolygiadau neu ganllawiau sy'n cefnogi'r cyswllt hwn.", from = "Y cam cynharach yn y gadwyn.",
          strength = "Eich barn onest am y gefnogaeth i'r cyswllt hwn.", to = "Y newid y mae'n arwain ato." } },
      eligibility = "Ysgrifennwch y rheol cymhwysedd fel y byddai atgyfeiriwr yn ei chymhwyso: pwy sydd i mewn, pwy sydd allan, a phwy sy'n penderfynu.",
      eligibility_cutoff = "Enwch yr holiadur neu'r asesiad a'r sgôr sy'n gwneud teulu'n gymwys.",
      eligibility_score = "Atebwch ydy os yw teuluoedd yn gymwys drwy sgorio uwchlaw (neu islaw) rhif penodol ar holiadur neu asesiad, a bod y rheol yn cael ei chymhwyso'n llym. Mae hyn yn bwysig yn nes ymlaen: gall pwynt torri llym wneud cynllun gwerthuso cryf yn bosibl (cymharu teuluoedd sydd ychydig bob ochr iddo).",
      mechanism = "Disgrifiwch y gadwyn newid: beth mae'r cyfranogwyr yn ei wneud, beth mae hynny'n ei newid gyntaf, a sut mae hynny'n arwain at y prif ganlyniad. Ysgrifennwch hi fel camau \"oherwydd ... felly ...\".",
      population_level = "Mae gwasanaethau fel arfer yn cael eu disgrifio yn ôl pa mor eang y maen nhw'n cael eu cynnig. Mae hyn yn effeithio ar faint o deuluoedd y gallwch eu recriwtio a pha newid i'w ddisgwyl.",
      prevalence = "Rhowch rifau lle gallwch chi (faint o blant, pa gyfran o'r grŵp oedran) a dywedwch o ble maen nhw'n dod: asesiad o anghenion lleol, data ymwelwyr iechyd, arolwg cenedlaethol.",
      primary_outcome = "Un canlyniad i blant y mae'r gwasanaeth yn bodoli i'w newid, wedi'i ddisgrifio fel newid (llai, gwell, mwy), nid fel rhywbeth y mae'r gwasanaeth yn ei wneud. Hwn fydd prif ganlyniad unrhyw astudiaeth effaith.",
      primary_outcome_why = "Eich rheswm dros ddewis hwn fel y prif ganlyniad: pa wahaniaeth y mae'r newid yn ei wneud i fywydau plant nawr ac yn nes ymlaen, gydag unrhyw dystiolaeth.",
      problem = "Disgrifiwch yr anhawster y mae plant neu deuluoedd yn ei wynebu y mae'r gwasanaeth i fod i helpu ag ef, a pham ei fod yn bwysig i ddatblygiad plant. Peidiwch â disgrifio'r gwasanaeth yma; disgrifiwch yr angen.",
      protective_factors = "Pethau sy'n gwneud y broblem yn llai tebygol ac y mae'r gwasanaeth yn ceisio eu cryfhau, un ar bob llinell.",
      risk_factors = "Pethau sy'n gwneud y broblem yn fwy tebygol ac y mae'r gwasanaeth yn ceisio eu lleihau, un ar bob llinell. Mae ymchwilwyr yn galw'r rhain yn ffactorau risg.",
      secondary_outcomes = "Canlyniadau eraill i blant neu rieni, un ar bob llinell, pob un wedi'i ysgrifennu fel newid. Cynhwyswch y newidiadau tymor byr y mae'r prif ganlyniad yn dibynnu arnynt (fel arferion rhianta).",
      target_group = "Disgrifiwch y plant a'r teuluoedd y mae'r gwasanaeth wedi'i gynllunio ar eu cyfer: oedran, angen, amgylchiadau, ble maen nhw'n byw. Dyma pwy y mae'n rhaid i'r gwerthusiad eu recriwtio.",
    },
  },
  logic_model = {
    guidance = [[
Model rhesymeg yw'r theori newid wedi'i thynnu fel cadwyn o flychau: mewnbynnau (yr hyn rydych chi'n ei roi i mewn), gweithgareddau (yr hyn rydych chi'n ei wneud), allbynnau (yr hyn y gallwch ei gyfrif), a chanlyniadau (yr hyn sy'n newid i blant a theuluoedd).
Mae'n dangos i'r gwerthusiad ble i edrych: mae pob blwch yn cael dangosydd, rhywbeth y gallech ei fesur neu ei gyfrif, a ffynhonnell ar gyfer y data.
Mae'n hawdd cymysgu allbynnau a chanlyniadau.
Cyfrifon o'r hyn y mae'r gwasanaeth yn ei wneud yw allbynnau ("cynhaliwyd 10 grŵp", "mynychodd 120 o rieni"); newidiadau mewn pobl yw canlyniadau ("mae rhieni'n teimlo dan lai o straen").
Mae'r canlyniadau rydych chi'n eu henwi yma yn cael eu cynnig fel dewisiadau mewn camau diweddarach, felly enwch nhw'n ofalus.
Nid yw'r cam hwn yn ennill gradd tystiolaeth ei hun; mae'n arwain at ddangosydd a ffynhonnell data ar gyfer pob blwch.
(Hyb Gwerthuso EIF, camau 2 a 3: modelau rhesymeg a glasbrintiau.)]],
    fields = {
      activities = "Gweithgareddau: y pethau y mae staff a theuluoedd yn eu gwneud mewn gwirionedd, un ar bob llinell. Mae camau diweddarach yn gadael i chi ddewis o'r rhain.",
      boundaries = "Dywedwch beth sy'n cyfrif fel \"yr ymyriad\" a beth y byddai teuluoedd yn ei gael beth bynnag (gan ymwelwyr iechyd, ysgolion, meddygon teulu). Mae gwerthusiad yn cymharu'r gwasanaeth â'r cymorth arferol hwnnw.",
      inputs = "Mewnbynnau: staff, eu hamser, arian, adeiladau, deunyddiau a phartneriaid, un ar bob llinell.",
      links = { help = "Un rhes ar gyfer pob saeth yn y diagram: pa weithgaredd, allbwn neu ganlyniad sy'n arwain at ba ganlyniad, ac yn fyr sut.",
        columns = { from = "Gweithgaredd, allbwn neu ganlyniad a enwyd uchod.", how = "Ychydig eiriau ar pam mae un yn arwain at y llall.", to = "Y canlyniad y mae'n arwain ato." } },
      outcomes = { help = "Canlyniadau: newidiadau mewn plant neu rieni. Dywedwch a yw pob un yn dymor byr (yn ystod y rhaglen neu'n syth ar ei hôl), yn dymor canolig (fisoedd yn ddiweddarach) neu'n dymor hir (blwyddyn neu fwy), a sut y byddech chi'n gwybod ei fod wedi digwydd (dangosydd a ffynhonnell data).",
        columns = { data_source = "Pwy sy'n ei adrodd neu ble mae'n cael ei gofnodi.", indicator = "Beth y byddech chi'n ei fesur i weld y newid.",
          outcome = "Newid mewn plant neu deuluoedd, wedi'i ysgrifennu fel newid.", term = "Pryd rydych chi'n disgwyl gweld y newid." } },
      outputs = { help = "Allbynnau: canlyniadau'r gweithgareddau y gellir eu cyfrif, fel sesiynau a gynhaliwyd neu deuluoedd sy'n mynychu. Rhowch ddangosydd i bob un (y rhif y byddwch chi'n ei gyfrif) ac o ble daw'r rhif.",
        columns = { activity = "Y gweithgaredd sy'n cynhyrchu'r allbwn hwn.", data_source = "O ble daw'r rhif.",
          indicator = "Y cyfrif neu'r gyfradd y byddwch chi'n ei adrodd.", output = "Rhywbeth y mae'r gwasanaeth yn ei wneud neu'n ei gynhyrchu y gallwch ei gyfrif." } },
    },
  },
  blueprint = {
    guidance = [[
Glasbrint yw lluniad technegol y gwasanaeth.
Mae'n gadael i chi wirio bod y gwasanaeth yn ddigon dwys i gyflawni ei ganlyniadau, bod gan bob gweithgaredd amcan sy'n gysylltiedig â chanlyniad, a bod gan staff yr hyn sydd ei angen arnynt i'w ddarparu.
Mae hefyd yn diffinio beth mae "ei ddarparu fel y bwriadwyd" yn ei olygu, y bydd yr astudiaeth proses (cam 4) yn ei wirio: ffyddlondeb yw'r enw ar hynny.
Elfennau craidd yw'r rhannau na ddylent newid; gellir teilwra elfennau y gellir eu haddasu i anghenion lleol.
Nid yw'r cam hwn yn ennill gradd tystiolaeth ei hun; mae'n arwain at y diffiniad o ffyddlondeb y mae'r astudiaeth proses yn ei wirio.
(Hyb Gwerthuso EIF, camau 2 a 3: modelau rhesymeg a glasbrintiau.)]],
    fields = {
      adaptable_components = "Rhannau y gall ymarferwyr eu newid heb niweidio'r gwasanaeth, fel yr enghreifftiau a ddefnyddir, amseru, iaith neu leoliad, un ar bob llinell.",
      completion_definition = "Y rheol y byddwch chi'n ei defnyddio i ddweud bod teulu wedi cwblhau, fel arfer isafswm o sesiynau a fynychwyd. Penderfynwch arni nawr, cyn i chi weld unrhyw ganlyniadau.",
      completion_sessions = "Yr isafswm o sesiynau yn eich rheol cwblhau.",
      core_components = { help = "Rhannau'r gwasanaeth na ellir eu newid. Ar gyfer pob un, rhowch ei amcan a'r canlyniad y mae'n ei wasanaethu (wedi'i ddewis o'r canlyniadau a enwoch yn gynharach).",
        columns = { activity = "Pa weithgaredd yn y model rhesymeg sy'n ei ddarparu.", component = "Rhan o'r gwasanaeth y mae'n rhaid ei darparu bob amser.",
          objective = "Beth ddylai'r rhan hon ei gyflawni, yn benodol.", outcome = "Tuag at ba ganlyniad y mae'r rhan hon yn gweithio." } },
      deliverers = "Rôl y bobl sy'n darparu sesiynau, faint sydd ym mhob sesiwn, a pha wasanaeth sy'n eu cyflogi.",
      delivery_mode = "A yw teuluoedd yn cyfarfod mewn grŵp, un i un, neu'r ddau. Mae darparu mewn grwpiau yn bwysig i'r gwerthusiad: mae teuluoedd yn yr un grŵp yn effeithio ar ei gilydd.",
      dosage = "Sesiynau, hyd, amlder a chyfnod gyda'i gilydd: faint o'r gwasanaeth y mae teulu'n ei gael os yw'n mynychu popeth.",
      duration_weeks = "O'r sesiwn gyntaf i'r olaf, mewn wythnosau.",
      eligibility_check = "Pwy sy'n gwirio bod teulu'n bodloni'r rheol o'r theori newid, a gyda pha offeryn.",
      frequency = "Pa mor aml y mae teulu'n mynychu.",
      group_size = "Y nifer arferol o deuluoedd sy'n dechrau mewn un grŵp.",
      manual = "Mae llawlyfr yn nodi beth sy'n digwydd ym mhob sesiwn. Mae'n haws darparu gwasanaethau sydd â llawlyfr yn gyson, a'u gwerthuso.",
      materials = "Taflenni, fideos, llyfrau gwaith, teganau neu apiau a ddefnyddir mewn sesiynau, un ar bob llinell.",
      qualifications = "Y cefndir lleiaf sydd ei angen i ddarparu'r gwasanaeth yn dda.",
      recruitment = "Y llwybrau atgyfeirio, pwy all atgyfeirio, a sut mae teuluoedd yn cael eu holi a'u gwahodd.",
      session_minutes = "Hyd sesiwn nodweddiadol mewn munudau.",
      sessions = "Nifer y sesiynau a gynigir i deulu yn y rhaglen lawn.",
      supervision = "Pa mor aml y mae ymarferwyr yn cael eu goruchwylio, gan bwy, a sut y sylwir ar broblemau darparu.",
      training = "Hyfforddiant cychwynnol (ei hyd, pwy sy'n ei ddarparu) ac unrhyw achrediad.",
      venues = "Y mannau lle mae sesiynau'n digwydd (canolfannau plant, ysgolion, cartrefi teuluoedd, ar-lein) ac unrhyw beth amdanynt sy'n bwysig: crèche, mynediad heb risiau, ystafell dawel, teithio i deuluoedd.",
    },
  },
  process_study = {
    guidance = [[
Mae'r cam hwn yn gofyn a all y gwasanaeth weithio'n ymarferol, nid a yw'n gweithio: daw hynny'n nes ymlaen.
Mae EIF yn grwpio'r cwestiynau o dan ddarparu (a gafodd ei ddarparu fel y'i cynlluniwyd, a beth a helpodd neu a rwystrodd), cyfranogiad (a gafodd y teuluoedd cywir eu recriwtio, a wnaethant aros, a gyrhaeddodd y bobl yr oedd i fod ar eu cyfer) a chost.
Mae ymchwilwyr hefyd yn edrych ar ffyddlondeb (ei ddarparu fel y dywed y glasbrint), dos (faint a gafodd teuluoedd), derbynioldeb (a yw teuluoedd a staff yn ei hoffi), addasiadau a chyd-destun.
Gosodwch feini prawf symud ymlaen cyn i chi ddechrau: y rhifau y mae'n rhaid eu cyrraedd (er enghraifft, o leiaf 70% o deuluoedd yn cwblhau) cyn symud ymlaen at astudiaeth effaith beilot.
Mae eu penderfynu ymlaen llaw yn atal canlyniad siomedig rhag cael ei esbonio i ffwrdd.
Nid yw'r cam hwn yn ennill gradd tystiolaeth ei hun (mae EIF yn graddio tystiolaeth o effaith, nid o ddarparu); mae'n arwain at y penderfyniad i gynnal astudiaeth effaith beilot.
(Hyb Gwerthuso EIF, cam 4; canllawiau'r Cyngor Ymchwil Feddygol ar werthusiad proses, Moore ac eraill, 2015.)]],
    fields = {
      acceptability = "Arolygon, cyfweliadau neu grwpiau ffocws ynghylch a yw'r gwasanaeth yn addas iddyn nhw.",
      adaptations = "Sut mae addasiadau'n cael eu cofnodi a'u barnu: a wnaethant deilwra'r gwasanaeth i anghenion lleol, neu a wnaethant hepgor rhannau craidd?",
      components = "Ticiwch bob agwedd y bydd yr astudiaeth yn edrych arni. Darparu, cyfranogiad a chost yw'r lleiafswm y mae EIF yn ei ddisgwyl.",
      context = "Pethau y tu allan i'r gwasanaeth a allai ei helpu neu ei rwystro, a sut y byddwch chi'n eu cofnodi.",
      cost_data = "Sut y byddwch chi'n cofnodi amser staff, hyfforddiant, deunyddiau, lleoliadau a gorbenion, fel y gallwch amcangyfrif y gost fesul teulu. Mae'r cam gwerth am arian yn adeiladu ar hyn.",
      delivery = "Beth y byddwch chi'n ei gofnodi am bob sesiwn a phwy sy'n ei gofnodi.",
      dose = "Faint a gynigiwyd (sesiynau a gynhaliwyd) a faint a gafodd pob teulu (sesiynau a fynychwyd, ymarfer gartref a wnaed).",
      fidelity = "Sut y byddwch chi'n dweud a yw'r elfennau craidd yn cael eu darparu fel y'u cynlluniwyd: rhestrau gwirio, arsylwi, recordiadau. Dywedwch pwy sy'n gwirio a pha mor aml.",
      methods = "Ticiwch bob ffordd y byddwch chi'n casglu gwybodaeth.",
      participation = "Dilynwch deuluoedd o'r atgyfeiriad i'r diwedd: faint a atgyfeiriwyd, a oedd yn gymwys, a gafodd gynnig, a ddechreuodd, a gwblhaodd, a phwy a adawodd a pham. Cymharwch y rhai a gymerodd ran â'r teuluoedd yr oeddech chi'n bwriadu eu cyrraedd.",
      progression_criteria = { help = "Meini prawf symud ymlaen: targedau a gytunwyd nawr, cyn i chi weld y canlyniadau, y mae'n rhaid i'r gwasanaeth eu cyrraedd i gyfiawnhau'r cam nesaf, sy'n costio mwy. Rhowch fesur a throthwy i bob un. Ffurf gyffredin yw gwyrdd (ymlaen), ambr (ymlaen gyda newidiadau), coch (stopio ac ailfeddwl).",
        columns = { criterion = "Beth sy'n cael ei farnu.", measure = "Sut mae'n cael ei fesur.", threshold = "Y lefel y mae'n rhaid ei chyrraedd." } },
      progression_reason = "Dywedwch o ble daw pob trothwy: beth fydd ei angen ar yr astudiaeth effaith (er enghraifft nifer y teuluoedd y flwyddyn y mae'n rhaid iddi eu recriwtio), beth a gyflawnodd gwasanaethau tebyg, neu beth mae'r datblygwr yn ei ddisgwyl. Mae'n anodd esbonio trothwy sydd â rheswm drosto i ffwrdd yn nes ymlaen.",
      questions = "Eich prif gwestiynau am ddarparu a'r nifer sy'n manteisio, un ar bob llinell. Cadwch nhw'n brin ac yn benodol.",
      sample = "Faint o grwpiau, teuluoedd a staff y mae'r astudiaeth yn eu cynnwys, a sut y byddwch chi'n dewis pobl ar gyfer cyfweliadau (er enghraifft, rhai a gwblhaodd a rhai a adawodd).",
      sites = "Canolfannau, ysgolion neu dimau lle mae'r gwasanaeth yn cael ei ddarparu yn ystod yr astudiaeth.",
      timing = "Pryd mae'r astudiaeth yn dechrau ac yn gorffen, a phryd mae pob math o ddata yn cael ei gasglu.",
    },
  },
  pilot_outcome = {
    guidance = [[
Mae astudiaeth effaith beilot yn mesur o leiaf un canlyniad tymor byr o'ch theori newid cyn ac ar ôl y rhaglen, gan ddefnyddio holiaduron sefydledig y gwyddys eu bod yn mesur yr hyn y maen nhw'n honni ei fesur (dilysrwydd) ac yn rhoi canlyniadau cyson (dibynadwyedd).
Yna mae prawf ystadegol yn gwirio a yw'r newid yn fwy na siawns.
Ni all peilot ddangos mai'r rhaglen a achosodd y newid: mae ymddygiad plant yn aml yn gwella beth bynnag wrth iddynt dyfu, ac mae teuluoedd a atgyfeirir ar adeg o argyfwng yn tueddu i wella beth bynnag sy'n digwydd (atchwel i'r cymedr).
Ar y gorau mae'n cefnogi Lefel 2 EIF, tystiolaeth ragarweiniol, ac yn dweud wrthych a yw gwerthusiad effaith llawn yn werth yr arian.
Defnyddiwch y peilot i ddysgu pa fesurau sy'n gweithio, faint o deuluoedd y gallwch eu recriwtio a'u cadw, a pha mor fawr yw'r newid i'w ddisgwyl.
Dyma hefyd o ble y daw'r rhifau y tu ôl i faint sampl y treial: faint o deuluoedd cymwys sy'n cytuno i gymryd rhan bob mis, faint sy'n cael eu colli cyn y mesuriad olaf, pa mor wasgaredig yw'r sgoriau ar y dechrau (y gwyriad safonol) ac, ar gyfer rhaglen grŵp, pa mor debyg y daw teuluoedd yn yr un grŵp (y cydberthyniad mewnddosbarth).
Dywedwch pa rai o'r rhain y bydd y peilot yn eu casglu, fel bod maint sampl y treial yn seiliedig ar eich ffigurau eich hun yn hytrach na dyfaliadau.
(Hyb Gwerthuso EIF, cam 5: astudiaethau effaith peilot.)]],
    fields = {
      analysis_test = "Y prawf sy'n gwirio a yw'r newid yn fwy na siawns. Gall eich partner academaidd gynghori; prawf-t pâr yw'r dewis arferol ar gyfer sgoriau cyn ac ar ôl.",
      attrition = "Ymadael, fel canran o'r rhai sy'n dechrau: teuluoedd sy'n gadael y rhaglen, yn symud i ffwrdd neu nad ydynt yn dychwelyd holiaduron. Mae pob astudiaeth yn colli rhai teuluoedd; mae cynllunio ar gyfer hynny'n cadw'r sampl yn ddigon mawr.",
      attrition_source = "O ble daw'r ffigur: eich cofnodion eich hun o deuluoedd yn gadael, neu astudiaethau o wasanaethau tebyg.",
      claims = "Dywedwch mewn geiriau plaen beth fyddai canlyniad da yn ei olygu a beth na fyddai'n ei olygu. Mae peilot cyn ac ar ôl yn dangos newid; ni all ddangos mai'r rhaglen a achosodd y newid.",
      correlation = "Y gydberthynas cyn ac ar ôl, o 0 i 1: i ba raddau y gellir rhagweld sgôr teulu ar ôl y rhaglen o'i sgôr cyn hynny. Os nad ydych chi'n gwybod, mae 0.5 yn ddyfaliad gofalus cyffredin; efallai y bydd astudiaethau cyhoeddedig o'r mesur yn ei nodi.",
      correlation_source = "Astudiaeth gyhoeddedig o'r mesur, peilot cynharach, neu'r dyfaliad gofalus o 0.5 pan nad oes dim gwell yn hysbys; dywedwch pa un.",
      design = "Mae'r rhan fwyaf o beilotau'n mesur un grŵp cyn ac ar ôl. Mae rhai hefyd yn mesur grŵp cymharu bach, sy'n helpu i gynllunio treial diweddarach ond nad yw'n brawf trylwyr o hyd.",
      design_reason = "Eich rheswm dros fesur un grŵp, neu dros ychwanegu grŵp cymharu bach: beth mae'n gadael i chi ei ddysgu, a beth na all ei ddweud wrthych.",
      expected_change = "Y newid disgwyliedig fel maint effaith, mewn gwyriadau safonol: mae 0.2 yn fach, 0.5 yn ganolig, 0.8 yn fawr. Cymerwch ef o astudiaethau o raglenni tebyg; mae rhaglenni rhianta yn aml yn nodi 0.3 i 0.5 ar ymddygiad a adroddir gan rieni.",
      expected_change_source = "Enwch yr astudiaethau o'r rhaglen hon neu raglenni tebyg y mae'r ffigur yn seiliedig arnynt, a dywedwch pam eu bod yn ganllaw teg i'ch teuluoedd chi.",
      go_criteria = "Cytunwch nawr beth sydd angen i chi ei weld cyn buddsoddi yng ngham 6: newid o faint penodol, cadw uwchlaw lefel benodol, mesurau a weithiodd.",
      measures = { help = "Un rhes ar gyfer pob mesur: y canlyniad y mae'n ei fesur (wedi'i ddewis o'ch theori newid a'ch model rhesymeg), yr holiadur neu'r data, pwy sy'n ei adrodd, pryd mae'n cael ei gymryd, a pha mor dda ydyw. Dewiswch fesurau sefydledig sydd â thystiolaeth gyhoeddedig o ddilysrwydd a dibynadwyedd ar gyfer teuluoedd fel eich rhai chi.",
        columns = { evidence = "Cyfeiriad byr at y dystiolaeth.", informant = "Atebion neu gofnodion pwy y mae'r mesur yn eu defnyddio.",
          measure = "Enw'r holiadur, y raddfa neu'r cofnod.", outcome = "Y canlyniad y mae hwn yn ei fesur, o'ch camau cynharach.",
          timepoints = "Pob pwynt pan gaiff y mesur hwn ei gasglu; mae angen o leiaf llinell sylfaen ac un pwynt diweddarach arnoch.",
          validated = "A yw astudiaethau'n dangos bod y mesur yn ddilys ac yn ddibynadwy ar gyfer teuluoedd fel eich rhai chi." } },
      participants = "Nifer y teuluoedd rydych chi'n disgwyl iddynt ddechrau'r rhaglen yn ystod y peilot.",
      participants_reason = "Anaml y mae peilot yn ddigon mawr i brofi effaith; fel arfer mae ei faint yn cael ei bennu gan faint o deuluoedd y mae blwyddyn o ddarparu yn eu cyrraedd, a chan ba mor fanwl y mae'n rhaid iddo amcangyfrif recriwtio, ymadael a gwasgariad sgoriau ar gyfer y treial. Dywedwch pa un.",
      retention_plan = "Beth y byddwch chi'n ei wneud fel bod teuluoedd yn cwblhau'r holiaduron terfynol hyd yn oed os ydynt yn rhoi'r gorau i fynychu: nodiadau atgoffa, ymweliadau cartref, talebau bach, sawl ffordd o ymateb.",
      trial_inputs = "Mae maint sampl treial yn dibynnu ar ychydig o rifau. Ticiwch bob un y bydd y peilot yn ei fesur, fel y gall y treial ddefnyddio eich ffigurau eich hun: po fwyaf ohonynt sy'n dod o'r peilot, mwyaf y gall y partner academaidd ymddiried ym maint y treial.",
    },
  },
  follow_up = {
    guidance = [[
Mae llawer o raglenni'n dangos effeithiau'n syth ar ôl eu darparu sy'n pylu o fewn misoedd.
Mae Lefel 4 EIF yn gofyn am ganlyniad i blant a arhosodd yn well am flwyddyn neu fwy, felly mae dilyniant o 12 mis o leiaf yn hanfodol i unrhyw un sy'n gobeithio ei chyrraedd.
Mae dilyniant yn anodd oherwydd bod teuluoedd yn symud ac yn colli cysylltiad: cynlluniwch olrhain a chydsyniad ar ddechrau'r astudiaeth effaith, nid ar y diwedd.
Gall cysylltu â chofnodion y mae gwasanaethau eisoes yn eu cadw (presenoldeb a gwaharddiadau ysgol, gofal cymdeithasol plant, iechyd, yr heddlu) ddilyn teuluoedd yn rhad heb ragor o holiaduron, ond mae angen cydsyniad neu sail gyfreithlon arall a chytundebau rhannu data.
Mae diffyg dilyniant tymor hir yn un o chwe magl gyffredin EIF.
(Safonau tystiolaeth EIF; EIF, chwe magl gyffredin, 2018.)]],
    fields = {
      admin_linkage = "Cysylltu data gweinyddol: paru teuluoedd â chofnodion ysgol, iechyd, gofal cymdeithasol neu'r heddlu yn lle, neu yn ogystal â, gofyn cwestiynau iddynt.",
      consent = "Gofynnwch am gydsyniad i gysylltu eto, ac i gysylltu cofnodion, pan fydd teuluoedd yn ymuno â'r astudiaeth gyntaf; dywedwch sut y byddwch chi'n ei egluro a sut y gallant dynnu'n ôl.",
      expected_retention = "Fel canran o'r rhai a ddyrannwyd yn yr astudiaeth effaith. Mae cysylltu cofnodion fel arfer yn cyrraedd mwy o deuluoedd na holiaduron.",
      level4_claim = "Atebwch ydy os ydych chi'n bwriadu i'r dilyniant hwn, ynghyd ag ail astudiaeth drylwyr, gefnogi gradd Lefel 4 EIF. Yna mae angen iddo bara o leiaf 12 mis.",
      linkage_details = "Pwy sy'n gwneud y paru, ar ba ddynodwyr, o dan ba gytundeb, a sut mae'r data'n cael eu cadw'n ddiogel (er enghraifft, wedi'u ffugenwi cyn dadansoddi).",
      linkage_sources = "Ticiwch bob ffynhonnell y byddwch chi'n cysylltu â hi.",
      measures = "Yr un mesurau â'r astudiaeth effaith lle bo modd, fel y gellir cymharu'r canlyniadau, ac unrhyw gofnodion a ddefnyddir.",
      months = "Yr amser o ddiwedd y rhaglen i'r mesuriad dilynol. Mae Lefel 4 yn gofyn am 12 mis neu fwy.",
      months_reason = "Eich rheswm dros amser y dilyniant: pryd y gellir gweld y canlyniad tymor hir (er enghraifft diwedd y flwyddyn ysgol gyntaf), am ba hyd y mae angen i effeithiau bara i fod yn bwysig, ac a oes grŵp cymharu'n dal i fodoli bryd hynny.",
      outcomes = "Dewiswch y canlyniadau sy'n bwysig yn y tymor hir, o'r rhai a enwoch yn gynharach. Cynhwyswch brif ganlyniad yr astudiaeth effaith.",
      tracing = "Sut y byddwch chi'n dod o hyd i deuluoedd eto flwyddyn neu fwy yn ddiweddarach: sawl manylyn cyswllt, cyswllt a enwir, cysylltu bob blwyddyn, cardiau pen-blwydd, diweddariadau gan wasanaethau.",
    },
  },
  replication = {
    guidance = [[
Gall un treial cadarnhaol fod yn ganlyniad lwcus, neu'n ddyledus iawn i dîm cyntaf brwdfrydig.
Mae Lefel 4 EIF yn gofyn am fwy nag un gwerthusiad trylwyr, gydag o leiaf un yn dangos effaith sy'n para blwyddyn neu fwy.
Mae treial cyntaf yn aml yn profi a all y gwasanaeth weithio mewn amodau da (effeithiolrwydd arbrofol, efficacy); mae ailadrodd yn profi a yw'n gweithio mewn gwasanaethau bob dydd (effeithiolrwydd, effectiveness), wedi'i redeg gan y bobl a fyddai'n ei ddarparu ar raddfa.
Dylai ddefnyddio cynllun astudiaeth sydd cyn gryfed â'r astudiaeth gyntaf, gyda gwerthuswr gwahanol yn ddelfrydol.
(Safonau tystiolaeth EIF.)]],
    fields = {
      design = "Dylai fod o leiaf cyn gryfed â chynllun yr astudiaeth gyntaf.",
      design_reason = "Eich rheswm dros y cynllun: beth sy'n ei wneud yn bosibl yn y safleoedd newydd a pham ei fod o leiaf cyn gryfed â chynllun yr astudiaeth gyntaf.",
      differences = "Newidiadau i'r gwasanaeth, y teuluoedd, y staff neu'r mesurau, a pham.",
      independent = "Mae ailadrodd gan werthuswyr sy'n annibynnol ar yr astudiaeth gyntaf (ac ar ddatblygwr y rhaglen) yn fwy argyhoeddiadol.",
      plan = "Mewn ychydig frawddegau: ble, gyda phwy, pryd, a pha gwestiwn y mae'n ei ateb nad oedd yr astudiaeth gyntaf yn ei ateb.",
      providers = "Pa sefydliadau a staff sy'n ei ddarparu, a sut y byddant yn cael eu hyfforddi heb help y tîm cyntaf.",
      routine_delivery = "Ydy os nad oes cymorth ychwanegol, staff dethol na chyfranogiad ymchwilwyr yn y ddarpariaeth y tu hwnt i'r hyn a fyddai'n digwydd ar raddfa.",
      sites = "Yr ardaloedd, y sefydliadau neu'r lleoliadau, a pham eu bod yn brawf teg (yn wahanol i'r safle cyntaf, yn nodweddiadol o ble y byddai'r gwasanaeth yn lledaenu).",
      study_type = "Sut mae diben yr ail astudiaeth yn wahanol i'r gyntaf.",
      timing = "Blynyddoedd disgwyliedig yr astudiaeth.",
    },
  },
  value_for_money = {
    guidance = [[
Gall gwerthusiad effaith ddangos bod canlyniadau wedi newid, ond nid a oedd y newid yn werth yr arian; dyna waith gwerthusiad economaidd.
Rhaid ei gynllunio o'r dechrau, neu ni fydd y data cost cywir yn cael eu casglu.
Y math symlaf yw dadansoddiad cost: beth yw cost un lle?
Mae cost-effeithiolrwydd yn gosod cost yn erbyn un canlyniad (er enghraifft, cost fesul plentyn y mae ei ymddygiad yn symud allan o'r ystod glinigol); mae cost a budd yn rhoi gwerth ariannol ar y canlyniadau hefyd; mae cost a chanlyniad yn rhestru costau wrth ymyl pob canlyniad heb eu hadio, sy'n aml yn addas i ymyrraeth gynnar, lle mae'n anodd rhoi gwerth ariannol ar lawer o ganlyniadau.
Dywedwch gostau pwy sy'n cyfrif (y persbectif), â beth rydych chi'n cymharu, dros sawl blwyddyn, ac ym mhrisiau pa flwyddyn.
Mae costau a buddion yn y dyfodol yn cael eu disgowntio ar 3.5% y flwyddyn, cyfradd Llyfr Gwyrdd Trysorlys EF.
Mae gradd tystiolaeth EIF yn ymwneud ag effaith, nid cost, felly nid yw'r cam hwn yn newid y lefel, ond dyma'r hyn y mae comisiynwyr yn gofyn amdano nesaf.
(Trysorlys EF, y Llyfr Magenta a'r Llyfr Gwyrdd; Llyfr Canllaw EIF.)]],
    fields = {
      benefit_per_sd = "Ar gyfer amcangyfrif adennill costau: y gwerth ariannol (arbedion i wasanaethau, neu fudd wedi'i brisio mewn arian) o wella'r prif ganlyniad o un gwyriad safonol, fesul teulu bob blwyddyn, gyda'i ffynhonnell yn yr ateb am brisio. Mae'r panel yn rhoi'r effaith y mae'r buddion yn ad-dalu'r gost ychwanegol arni.",
      benefit_years = "Y blynyddoedd y cyfrifir y budd drostynt, o'r gyntaf.",
      comparator = "Yr hyn y byddai teuluoedd yn ei gael fel arall. Dylai gyfateb i grŵp cymharu'r gwerthusiad effaith.",
      comparator_reason = "Eich rheswm dros y gymhariaeth: dylai fod yr hyn y byddai teuluoedd yn ei gael fel arall, a chyfateb i grŵp cymharu'r astudiaeth effaith, fel bod y gost ychwanegol yn cael ei gosod yn erbyn yr effaith ychwanegol.",
      completers = "Teuluoedd sy'n bodloni eich rheol cwblhau o'r glasbrint.",
      cost_items = { help = "Un rhes ar gyfer pob adnodd: amser staff, hyfforddiant, goruchwyliaeth, deunyddiau, lleoliadau, teithio, gorbenion. Rhowch nifer a chost uned; nodwch gostau sefydlu (a delir unwaith, fel hyfforddiant cychwynnol) a chostau cylchol (a delir bob blwyddyn). Mae'r panel yn eu hadio.",
        columns = { category = "Y math o gost.", high = "Dewisol: y gost uned uchaf sy'n gredadwy, ar gyfer y dadansoddiad sensitifrwydd.",
          item = "Beth yw'r adnodd.", kind = "A yw'n cael ei dalu unwaith neu bob blwyddyn.",
          low = "Dewisol: y gost uned isaf sy'n gredadwy, ar gyfer y dadansoddiad sensitifrwydd.",
          quantity = "Faint o unedau a ddefnyddir y flwyddyn (neu unwaith, ar gyfer sefydlu).",
          unit_cost = "Cost un uned, mewn punnoedd ym mlwyddyn sylfaen y prisiau." } },
      cost_per_family_steady = "Costau rhedeg ynghyd â'r costau sefydlu wedi'u gwasgaru dros y blynyddoedd y maen nhw'n eu gwasanaethu, fesul teulu sy'n dechrau, ym mlwyddyn sylfaen y prisiau.",
      costs_price_year = "Os yw'r costau uned yn dod o ffynhonnell hŷn, rhowch ei blwyddyn: maen nhw'n cael eu trosi i flwyddyn sylfaen y prisiau gyda datchwyddydd CMC Trysorlys EF. Gadewch yn wag os ydynt eisoes ym mlwyddyn sylfaen y prisiau.",
      discount_rate = "Y gyfradd flynyddol sy'n troi costau a buddion yn y dyfodol yn werth heddiw. Mae Llyfr Gwyrdd Trysorlys EF yn pennu 3.5% ar gyfer arfarnu yn y sector cyhoeddus; cadwch hi oni bai bod gennych reswm.",
      discount_reason = "Cyfradd Llyfr Gwyrdd Trysorlys EF yw 3.5% y flwyddyn ar gyfer arfarnu yn y sector cyhoeddus (1.5% ar gyfer effeithiau iechyd). Dywedwch pam mae cyfradd wahanol yn iawn yma.",
      future_inflation = "Mae cyfres datchwyddydd CMC Trysorlys EF yn evalwiz yn dod i ben yn 2024. Ar gyfer blynyddoedd diweddarach rhowch gyfradd dybiedig y flwyddyn, er enghraifft rhagolwg diweddaraf y Swyddfa Cyfrifoldeb Cyllidebol.",
      health_discount = "Mae'r Llyfr Gwyrdd yn disgowntio effeithiau iechyd ar 1.5% y flwyddyn; mae NICE yn disgowntio costau ac effeithiau iechyd fel ei gilydd ar 3.5%.",
      horizon_reason = "Eich rheswm dros y gorwel amser: dylai gynnwys y blynyddoedd y mae'r gwasanaeth yn rhedeg a'r blynyddoedd y disgwylir i'w brif fuddion ymddangos ynddynt.",
      horizon_years = "Y gorwel amser. Digon hir i gynnwys y prif fuddion; gall buddion ymyrraeth gynnar gymryd blynyddoedd i ymddangos.",
      outcome_valuation = "Ar gyfer pob canlyniad, yr uned y byddwch chi'n ei hadrodd (cost-effeithiolrwydd, cost a chanlyniad) neu'r gwerth ariannol y byddwch chi'n ei ddefnyddio a'i ffynhonnell (cost a budd, SROI), fel cost gyllidol gwahardd o'r ysgol o gronfa ddata gyhoeddedig o gostau uned.",
      participants = "Teuluoedd sy'n mynychu o leiaf un sesiwn, ar gyfer yr un flwyddyn â'r costau.",
      perspective = "Mae'r persbectif yn penderfynu beth sy'n cael ei gynnwys: cyllideb eich sefydliad yn unig, y sector cyhoeddus ehangach, neu'r gymdeithas gyfan (gan gynnwys amser a chostau teuluoedd eu hunain).",
      perspective_reason = "Eich rheswm dros y persbectif: pwy sy'n talu am y gwasanaeth, ac ar gyllidebau pwy y mae'r buddion yn disgyn.",
      price_base_year = "Sylfaen y prisiau: mae pob cost yn cael ei mynegi yn arian y flwyddyn hon fel y gellir eu hadio'n deg.",
      programme_life_years = "Mae hyfforddiant cychwynnol, trwyddedau ac offer yn cael eu talu unwaith ond yn cael eu defnyddio am sawl blwyddyn. Mae eu cost yn cael ei gwasgaru dros y blynyddoedd hynny (y gost flynyddol gyfatebol) fel nad yw teuluoedd un flwyddyn yn ei chario i gyd. Gadewch yn wag i ddefnyddio'r gorwel amser.",
      qaly_gain = "Ar gyfer cymhariaeth cost a defnyddioldeb: yr enillion iechyd fesul teulu bob blwyddyn, mewn QALYs, o astudiaethau cyhoeddedig o ganlyniadau tebyg. Gadewch yn wag os na fyddwch chi'n prisio canlyniadau mewn QALYs.",
      qaly_years = "Y blynyddoedd y cyfrifir yr enillion drostynt, o'r gyntaf.",
      sensitivity = "Dadansoddiad sensitifrwydd: ailadroddwch y cyfrifiad gyda gwerthoedd gwahanol ar gyfer y mewnbynnau ansicr (maint yr effaith, costau uned, y nifer sy'n manteisio, y gyfradd ddisgowntio, am ba hyd y mae effeithiau'n para) a nodwch sut mae'r casgliad yn newid.",
      sroi_adjustments = "Mae SROI yn tynnu pwysau marw (yr hyn a fyddai wedi digwydd beth bynnag), dadleoli, priodoli (clod sy'n ddyledus i eraill) a gostyngiad (effeithiau'n pylu). Dywedwch o ble daw pob ffigur.",
      total_cost = "Swm y nifer wedi'i luosi â'r gost uned ar draws pob eitem gost.",
      type = "Dechreuwch gyda dadansoddiad cost os nad oes gennych amcangyfrif effaith eto; mae'r mathau eraill angen canlyniadau'r gwerthusiad effaith.",
      type_reason = "Eich rheswm dros y math: pa gwestiwn y mae angen i gomisiynwyr gael ateb iddo, faint o ganlyniadau sy'n bwysig, ac a ellir rhoi gwerth ariannol arnynt.",
      usual_support_cost = "Cost yr hyn y mae teuluoedd y grŵp cymharu yn ei gael beth bynnag (ymweliadau iechyd, gwaith allweddol cymorth cynnar), fesul teulu dros yr un cyfnod. Cost ychwanegol y gwasanaeth yw ei gost llai hyn.",
    },
  },
  quality_assurance = {
    guidance = [[
Gall gwasanaethau sy'n gweithio mewn treialon lithro wrth iddynt ledaenu: mae staff yn newid, mae hyfforddiant yn mynd yn fyrrach, mae rhannau craidd yn cael eu hepgor i arbed amser.
Mae sicrhau ansawdd yn cadw llygad drwy fonitro arferol ar ffyddlondeb (a yw'n cael ei ddarparu fel y'i cynlluniwyd), cyrhaeddiad a chanlyniadau, cofnod o addasiadau, ac adolygiad rheolaidd sy'n gweithredu ar yr hyn y mae'n ei ganfod.
Cytunwch ymlaen llaw beth fyddai'n sbarduno gweithredu, er enghraifft cwblhau'n disgyn o dan 60% mewn safle.
(Foundations, y 10 cam hyd at sicrhau ansawdd ar gyfer ymyriadau a gynigir ar raddfa.)]],
    fields = {
      adaptation_log = "Pwy gaiff newid beth, sut mae newidiadau'n cael eu cofnodi, a phwy sy'n penderfynu a yw newid yn cadw at yr elfennau craidd.",
      dashboard = "Ticiwch yr hyn sy'n cael ei adrodd ym mhob adolygiad.",
      fidelity_tool = "Y rhestr wirio neu'r raddfa sgorio, yn ddelfrydol yr un a ddefnyddiwyd yn y treialon.",
      licensing = "Yr hyn sydd ei angen ar safle newydd cyn y caiff ddarparu: hyfforddiant, achrediad, trwyddedau, trefniadau goruchwylio.",
      monitoring = "Sut y byddwch chi'n gwirio, ym mhob safle, fod elfennau craidd yn cael eu darparu fel y'u cynlluniwyd, a pha mor aml.",
      outcome_monitoring = "Mesurau cyn ac ar ôl arferol ar gyfer pob teulu, gan ddefnyddio'r un mesurau â'r treialon, fel y gallwch sylwi ar safle y mae ei ganlyniadau'n llithro. Ni all monitro ddangos effaith, ond gall ddangos problemau.",
      review_body = "Y grŵp neu'r person sy'n cael yr adroddiad monitro ac yn gweithredu arno.",
      review_cycle = "Pa mor aml y mae pobl sy'n gallu gweithredu arno yn edrych ar yr adroddiad monitro.",
      thresholds = "Y lefelau pan fydd safle'n cael cymorth ychwanegol neu adolygiad o'r ddarpariaeth, wedi'u cytuno ymlaen llaw.",
    },
  },
  impact = {
    guidance = [[
Mae gwerthusiad effaith yn gofyn beth fyddai wedi digwydd i'r un teuluoedd heb y gwasanaeth (y gwrthffeithiol) ac yn defnyddio grŵp cymharu i'w amcangyfrif.
Y ffordd gryfaf o gael cymhariaeth deg yw penderfynu ar hap pwy sy'n cael y gwasanaeth gyntaf (hap-dreial wedi'i reoli); lle mae hynny'n amhosibl, mae cynllun lled-arbrofol yn defnyddio grŵp cymharu a ddewiswyd yn ofalus yn lle hynny.
Mae'r cwestiynau cyntaf isod yn disgrifio eich sefyllfa; mae cynghorydd cynllun astudiaeth evalwiz yn eu defnyddio i awgrymu cynlluniau.
Yna daw maint y sampl (mae'r panel yn dangos yr effaith leiaf y gallai eich astudiaeth ei chanfod), y canlyniadau, y dadansoddi, a llywodraethu: gwerthuswr annibynnol, cymeradwyaeth foesegol, diogelu data a chytundebau rhannu data.
Mae chwe magl gyffredin EIF i gyd yn cael eu penderfynu yma: dim grŵp cymharu cadarn, llawer yn ymadael, gadael cyfranogwyr allan o'r dadansoddi, mesurau gwan, samplau bach, a dim dilyniant tymor hir.
Mae astudiaeth o'r math hwn sydd wedi'i chynnal yn dda, gyda chanlyniad cadarnhaol, yn cefnogi Lefel 3 EIF.
(Safonau tystiolaeth EIF; EIF, Evaluating early intervention programmes: six common pitfalls, 2018; Trysorlys EF, y Llyfr Magenta.)]],
    fields = {
      adherence = "Beth mae'r gwasanaeth yn ei wneud i helpu teuluoedd i ddod i sesiynau a dal ati, a sut mae presenoldeb ac ymarfer gartref yn cael eu cofnodi, fel y gall y dadansoddi ddweud faint o'r rhaglen a gafodd teuluoedd.",
      allocation_ratio = "Y gymhareb dyrannu. Mae grwpiau cyfartal (1:1) yn rhoi'r ateb mwyaf manwl ar gyfer nifer penodol o deuluoedd; gall mwy yn y grŵp rhaglen (2:1) wneud treial yn fwy derbyniol, ar draul sampl mwy.",
      allocation_reason = "Mae grwpiau anghyfartal angen mwy o deuluoedd ar gyfer yr un manylder; dywedwch beth rydych chi'n ei ennill yn gyfnewid.",
      alpha = "Y siawns rydych chi'n ei derbyn o ganfod effaith nad yw yno mewn gwirionedd. Y confensiwn yw 0.05 (5%); gadewch ef oni bai bod eich partner academaidd yn cynghori fel arall.",
      amendments = "Diwygiadau i'r protocol: pwy gaiff gynnig newid, pwy sy'n ei gymeradwyo (y pwyllgor llywio, y pwyllgor moeseg), sut y rhoddir gwybod i'r gofrestrfa a phartneriaid, a sut mae'r adroddiad terfynol yn rhestru pob newid.",
      analysis = "Y model ystadegol ar gyfer y prif ganlyniad a sut y bydd yr effaith yn cael ei hadrodd (gyda chyfwng hyder). Enwch y mesurau llinell sylfaen yn y cwestiwn nesaf, nid yma, fel bod y cynllun yn eu rhestru mewn un lle. Eich partner academaidd sy'n ysgrifennu'r cynllun dadansoddi llawn.",
      analysis_clustering = "Mae teuluoedd sy'n mynychu'r un grŵp yn dylanwadu ar ei gilydd ac yn rhannu ymarferwyr, felly mae eu canlyniadau'n debycach. Os yw teuluoedd yn cael eu dyrannu fesul un ond bod y rhaglen yn cael ei darparu mewn grwpiau, dylai'r dadansoddi (a maint y sampl) ganiatáu ar gyfer hynny, er enghraifft gydag effaith hap ar gyfer grŵp yng nghangen y rhaglen.",
      attrition = "Ymadael, fel canran o bawb a ddyrannwyd. Mae llawer yn ymadael yn un o chwe magl gyffredin EIF: gall y teuluoedd sy'n aros fod yn wahanol i'r rhai sy'n gadael.",
      attrition_plan = "Beth y byddwch chi'n ei wneud yn y ddau grŵp fel bod teuluoedd yn cwblhau'r mesurau terfynol, hyd yn oed os ydynt yn rhoi'r gorau i fynychu.",
      attrition_source = "O ble daw'r ffigur: eich peilot, eich cofnodion eich hun, neu dreialon o wasanaethau tebyg; a pham y gallai'r gwahaniaeth rhwng y grwpiau fod yr hyn rydych chi'n ei ddisgwyl.",
      authorship = "Y rheol ar gyfer awduraeth (er enghraifft meini prawf ICMJE), a gaiff staff y cyngor a'r datblygwr fod yn awduron, ac a ddefnyddir ysgrifenwyr proffesiynol.",
      autocorrelation = "Y gydberthynas rhwng pwyntiau cyfagos yn y gyfres ar ôl caniatáu ar gyfer ei thuedd, o'i gorffennol. Mae 0 yn golygu bod pob mis yn annibynnol; mae 0.2 i 0.5 yn gyffredin ar gyfer cyfrifon misol. Mae gwerthoedd uwch angen mwy o bwyntiau.",
      baseline_events = "Y nifer cyfartalog o ddigwyddiadau fesul teulu dros y cyfnod a fesurir, heb y gwasanaeth, er enghraifft 1.8 galwad i'r heddlu y flwyddyn.",
      baseline_rate = "Y ganran a ddisgwylir heb y gwasanaeth, o gofnodion lleol neu astudiaethau cynharach, er enghraifft 30% o blant yn cael eu hatgyfeirio eto o fewn blwyddyn.",
      blinding = "Mewn treial o wasanaeth, mae teuluoedd ac ymarferwyr bob amser yn gwybod. Ond fel arfer gellir cadw'r bobl sy'n casglu data canlyniadau, yr ystadegydd sy'n eu dadansoddi, ac athrawon sy'n adrodd canlyniadau heb wybod (wedi'u dallu), sy'n atal eu disgwyliadau rhag lliwio'r canlyniad. Ticiwch bob un.",
      blinding_details = "Beth rydych chi'n ei wneud fel nad ydynt yn dod i wybod (staff ar wahân, data wedi'u codio, gofyn i deuluoedd beidio â dweud), sut y byddwch chi'n gwirio iddo weithio, a'r amgylchiadau pan gaiff rhywun wybod (er enghraifft pryder diogelu).",
      cace = "Nid yw pob teulu a gynigir y rhaglen yn mynychu. Mae dadansoddiad effaith achosol cyfartalog cydymffurfwyr (CACE) yn amcangyfrif yr effaith i deuluoedd a fyddai'n mynychu, gan ddefnyddio'r dyrannu ar hap; mae angen diffiniad o fynychu wedi'i benderfynu nawr (y rheol cwblhau yn aml). Ysgrifennwch \"heb ei gynllunio\" a pham, os felly.",
      cluster_dropout = "Weithiau mae canolfannau neu ysgolion cyfan yn gadael treial, gan fynd â'u holl deuluoedd gyda nhw. Rhowch y ganran rydych chi'n ei disgwyl; mae'r panel yn cyfrifo'r MDES gyda'r clystyrau sy'n aros.",
      cluster_size = "Y nifer cyfartalog o deuluoedd sy'n cymryd rhan fesul clwstwr (ar gyfer lletem risiog, dros yr astudiaeth gyfan: maen nhw wedi'u gwasgaru dros ei chyfnodau).",
      cluster_size_cv = "Cyfernod amrywiad nifer y teuluoedd fesul clwstwr: gwyriad safonol y meintiau wedi'i rannu â'u cyfartaledd. Mae 0 yn golygu bod pob un yr un maint; mae 0.4 i 0.7 yn gyffredin pan fydd canolfannau'n wahanol. Mae meintiau anghyfartal angen mwy o glystyrau.",
      cluster_type = "Y math o grŵp a fyddai'n cael ei ddyrannu.",
      clustering_reason = "Eich rheswm dros drin teuluoedd yn yr un grŵp fel rhai annibynnol, a sut y byddwch chi'n gwirio nad yw'n bwysig (er enghraifft drwy amcangyfrif yr ICC rhwng grwpiau mewn dadansoddiad sensitifrwydd).",
      clusters = "Nifer y grwpiau (canolfannau, ysgolion, timau) ar draws y ddwy gangen. Mewn treial clwstwr, mae nifer y clystyrau'n llawer pwysicach na nifer y teuluoedd ym mhob un.",
      comparison = "Y teuluoedd y mae eu canlyniadau'n sefyll dros yr hyn a fyddai wedi digwydd heb y gwasanaeth.",
      comparison_description = "Pwy ydyn nhw, sut maen nhw'n cael eu dewis, a pha gymorth maen nhw'n ei gael yn y cyfamser (fel arfer y cymorth arferol sydd ar gael).",
      comparison_reason = "Eich rheswm dros y grŵp cymharu hwn: pa gwestiwn y mae'n ei ateb (y rhaglen yn erbyn yr hyn y byddai teuluoedd yn ei gael fel arall), a pham ei fod yn deg ac yn dderbyniol i deuluoedd a staff.",
      concealment = "Cuddio'r dyraniad: sut rydych chi'n sicrhau na all neb wybod neu newid grŵp teulu cyn i'r teulu gael ei gofrestru, er enghraifft drwy ddyrannu drwy wasanaeth ar y we dim ond ar ôl cofnodi cydsyniad a'r llinell sylfaen.",
      conduct_note = "Ble mae'r astudiaeth yn rhedeg a beth mae pob grŵp yn ei gael.",
      conduct_safety_note = "Cydsyniad, data, goruchwylio a diogelwch.",
      confidentiality = "Sut mae manylion adnabod yn cael eu gwahanu oddi wrth atebion, pwy all eu gweld, sut maen nhw'n cael eu hanfon rhwng sefydliadau, a sut mae canlyniadau'n cael eu hadrodd fel na ellir adnabod unrhyw deulu.",
      consent = "Cydsyniad i'r astudiaeth ei hun, nid i'r dilyniant yn unig: pwy sy'n ei egluro, beth a roddir i deuluoedd i'w ddarllen, faint o amser sydd ganddynt i benderfynu, sut y gofynnir i blant am eu cytundeb, ac nad yw dweud na yn effeithio ar y cymorth a gânt.",
      consent_timing = "Yn y rhan fwyaf o dreialon mae teuluoedd yn cytuno cyn iddynt gael eu dyrannu, felly ni all eu penderfyniad ddibynnu ar eu grŵp. Mewn treialon clwstwr mae safleoedd yn aml yn cael eu dyrannu gyntaf; yna daw cydsyniad teuluoedd wedyn, a rhaid i'r protocol ddweud sut mae hynny'n cael ei gadw rhag gogwyddo pwy sy'n ymuno.",
      contamination = "Halogi: teuluoedd y grŵp cymharu yn codi syniadau'r rhaglen gan gyfranogwyr neu ymarferwyr, sy'n crebachu'r gwahaniaeth. Dywedwch pa mor debygol ydyw a beth y byddwch chi'n ei wneud.",
      controller = "O dan GDPR y DU mae'r rheolydd yn penderfynu pam a sut y defnyddir data personol; mae prosesydd yn eu trin ar gyfarwyddiadau rheolydd. Enwch rôl pob sefydliad (gall dau sefydliad fod yn gyd-reolyddion).",
      covariates = "Mesurau a gymerwyd cyn dyrannu, un ar bob llinell: yr un rhestr y mae'r dadansoddi, maint y sampl (y gyfran a esbonnir gan fesurau llinell sylfaen) a'r protocol i gyd yn ei defnyddio. Cynhwyswch sgôr llinell sylfaen y prif ganlyniad a phob ffactor y cafodd y dyrannu ei gydbwyso arno.",
      cutoff = "Ydy os yw teuluoedd yn gymwys drwy sgorio uwchlaw rhif penodol ar asesiad a bod y rheol byth yn cael ei phlygu. Mae hyn yn gwneud cynllun diffyg parhad atchweliad yn bosibl.",
      cutoff_share = "Canran y sgoriau sy'n gymwys. Mae'r diffyg parhad atchweliad angen mwy o deuluoedd pan fydd y pwynt torri yn agos at ganol y sgoriau: tua 2.75 gwaith sampl treial ar 50%.",
      data_management = "Sut mae data'n cael eu mewnbynnu (papur, llechi, ar-lein), eu gwirio am wallau ac atebion coll, eu codio, eu storio a'u cadw wrth gefn, a phwy all weld pa rannau.",
      data_sharing = "Data agored: a all ymchwilwyr eraill gael y data dienw (gyda'i eiriadur data), y cod dadansoddi a'r holiaduron a'r llawlyfrau, ble, pryd, ac ar ba amodau.",
      data_sharing_agreements = { help = "Un rhes ar gyfer pob sefydliad a fydd yn rhannu data personol ar gyfer yr astudiaeth (ysgolion, iechyd, y brifysgol), beth sy'n cael ei rannu, a chyflwr y cytundeb.",
        columns = { data = "Beth sy'n cael ei rannu ac ar ba ffurf.", partner = "Y sefydliad sy'n rhannu neu'n derbyn data.", status = "Ble mae'r cytundeb arni." } },
      deferral_months = "Unwaith y bydd y rhestr aros yn cael y rhaglen nid oes grŵp cymharu mwyach: rhaid i bob mesuriad rydych chi am ei gymharu ddod cyn hyn.",
      design = "Dewiswch gyda'ch partner academaidd; mae'r cynghorydd cynllun astudiaeth yn rhestru'r cynlluniau y mae eich atebion uchod yn eu caniatáu yn eu trefn. Cynlluniau gyda dyrannu ar hap yw'r cryfaf.",
      design_reason = "Eglurwch beth sy'n gwneud y cynllun yn bosibl ac yn deg, a beth mae'n amddiffyn rhagddo.",
      differential_attrition = "Y gwahaniaeth disgwyliedig mewn ymadael rhwng y grwpiau, mewn pwyntiau canran. Mae teuluoedd ar restr aros yn aml yn ymadael yn fwy; gall gwahaniaeth o fwy na thua 5 pwynt ogwyddo'r canlyniad.",
      dissemination = "Pwy fydd yn clywed y canlyniadau a sut: teuluoedd a gymerodd ran (crynodeb mewn iaith glir), ymarferwyr, comisiynwyr, y gofrestrfa, adroddiad ac erthygl mewn cyfnodolyn. Dywedwch y bydd canlyniadau'n cael eu cyhoeddi beth bynnag a ddangosant.",
      dpia = "Mae angen DPIA ar gyfer ymchwil sy'n defnyddio data sensitif am blant a theuluoedd; mae'n cofnodi'r risgiau a sut rydych chi'n eu lleihau.",
      effect_size = "Y gwahaniaeth disgwyliedig rhwng y grwpiau ar y prif ganlyniad, mewn gwyriadau safonol: 0.2 yn fach, 0.5 yn ganolig. Defnyddiwch y peilot ac astudiaethau o raglenni tebyg, a byddwch yn ofalus: mae effeithiau mewn treialon fel arfer yn llai nag mewn peilotau.",
      effect_size_formula = "Y fformiwla sy'n troi'r gwahaniaeth rhwng grwpiau yn wyriadau safonol, a pha wyriad safonol a ddefnyddir, fel y gellir cymharu'r canlyniad ag astudiaethau eraill.",
      effect_size_source = "Enwch yr astudiaethau (neu'r peilot) y daw'r ffigur ohonynt, a dywedwch pam ei fod yn werth ei ganfod: yr effaith leiaf a fyddai'n bwysig i deuluoedd neu gomisiynwyr. Mae effeithiau mewn treialon fel arfer yn llai nag mewn peilotau ac astudiaethau dan arweiniad datblygwyr, felly dywedwch sut y gwnaethoch ganiatáu ar gyfer hynny.",
      embedded_process = "Mae cofnodi darparu, ffyddlondeb a phresenoldeb yn ystod y treial yn egluro'r canlyniad, beth bynnag ydyw.",
      estimand = "Yr amcangyfrifyn (estimand): effaith beth, ar bwy, o'i gymharu â beth, ar ba adeg, a sut mae digwyddiadau fel teuluoedd yn rhoi'r gorau i'r rhaglen yn cael eu trin. Fel arfer: effaith cael cynnig y rhaglen, i bawb a ddyrannwyd, beth bynnag a fynychwyd ganddynt.",
      ethics = "Mae ymchwil gyda theuluoedd angen cymeradwyaeth gan bwyllgor moeseg ymchwil, pwyllgor y brifysgol fel arfer.",
      ethics_body = "Y pwyllgor moeseg ymchwil a fydd yn rhoi (neu a roddodd) gymeradwyaeth.",
      evaluator = "Y sefydliad a'r prif ymchwilydd, os ydynt yn hysbys.",
      evaluator_independence = "Mae gwerthusiadau sy'n cael eu rhedeg gan y tîm sy'n darparu'r gwasanaeth yn tueddu i ganfod effeithiau mwy. Mae gwerthuswr annibynnol yn gwneud y canlyniad yn fwy credadwy.",
      framework = "Mae'r rhan fwyaf o werthusiadau'n gofyn a yw'r rhaglen yn gwneud yn well na'r gymhariaeth (rhagoriaeth). Mae astudiaeth sy'n gofyn a yw fersiwn rhatach neu fyrrach ddim yn waeth na'r un lawn angen maint sampl a dadansoddi gwahanol.",
      funder_role = "A oes gan yr ariannwr neu'r noddwr unrhyw ran yn y cynllun, casglu data, dadansoddi, ysgrifennu'r adroddiad neu benderfynu cyhoeddi, a phwy sydd â'r gair olaf ar bob un.",
      governance_note = "Llywodraethu: cofrestru, annibyniaeth, moeseg a diogelu data.",
      group_icc = "Mae teuluoedd a ddyrennir ar hap fesul un ond a welir mewn grwpiau (mae'r glasbrint yn dweud bod y gwasanaeth yn cael ei ddarparu mewn grwpiau) yn dod yn debyg o fewn grŵp, felly mae'r astudiaeth angen mwy o deuluoedd. Rhowch gyfran y gwahaniaethau yn y canlyniad sydd rhwng grwpiau; mae gwerthoedd cyhoeddedig ar gyfer rhaglenni rhianta grŵp yn aml yn 0.01 i 0.10. Os nad oes gennych un, tybir 0.05 ac mae'r panel yn dangos y canlyniad.",
      group_icc_source = "Anaml y cyhoeddir pa mor debyg y daw teuluoedd mewn un grŵp ar gyfer gwasanaethau i deuluoedd: dywedwch a yw'r ffigur yn dod o'ch peilot, o dreialon cyhoeddedig o raglenni grŵp, neu'n ddyfaliad gofalus, a pham.",
      harms = "Gall niwed ddigwydd mewn gwasanaethau i deuluoedd hefyd: gofid mewn sesiynau, gwrthdaro gartref, argyfwng yn gwaethygu. Dywedwch beth sy'n cyfrif fel digwyddiad niweidiol, pwy sy'n ei gofnodi, pwy sy'n cael gwybod a pha mor gyflym, a sut mae niwed yn cael ei gymharu rhwng y grwpiau.",
      hypothesis = "Y brif ddamcaniaeth, mewn un neu ddwy frawddeg: pa grŵp rydych chi'n disgwyl iddo wneud yn well, ar ba ganlyniad, erbyn pryd. Mae ymchwilwyr yn profi hyn yn erbyn y \"ddamcaniaeth nwl\" nad oes gwahaniaeth.",
      icc = "Y cydberthyniad mewnddosbarth: cyfran y gwahaniaethau yn y canlyniad sydd rhwng clystyrau yn hytrach nag oddi mewn iddynt, o 0 i 1. Anaml y cyhoeddir gwerthoedd ar gyfer gwasanaethau i deuluoedd; mae 0.05 i 0.2 yn ystod gyffredin. Mae'r panel yn dangos canlyniadau ar gyfer 0.05, 0.10 a 0.20.",
      icc_source = "Gwerthoedd cyhoeddedig ar gyfer canlyniadau a chlystyrau tebyg, neu eich peilot. Anaml y cyhoeddir gwerthoedd ar gyfer gwasanaethau i deuluoedd; dywedwch beth a ganfuwyd gennych a pham mae'r gwerth yn ofalus.",
      informant_bias = "Gall rhieni a gafodd y rhaglen adrodd gwelliant oherwydd eu bod yn gobeithio amdano, neu oherwydd bod y rhaglen wedi'u dysgu i weld eu plentyn yn wahanol. Ychwanegwch o leiaf un mesur gan rywun nad yw'n gwybod y grŵp (athro, arsylwr wedi'i ddallu, cofnodion arferol), a dywedwch sut y byddwch chi'n cymharu'r ddau.",
      interim_analyses = "Dadansoddiadau interim a rheolau atal: a edrychir ar ganlyniadau hanner ffordd drwodd, gan bwy, a beth fyddai'n atal yr astudiaeth (niwed, oferedd, methu recriwtio). Ysgrifennwch \"dim\" a pham, os nad oes dim.",
      itt = "Bwriad i drin (intention to treat) yw'r enw ar hyn. Mae teuluoedd nad ydynt byth yn mynychu, neu sy'n gadael yn gynnar, yn aros yn y dadansoddi yn eu grŵp gwreiddiol. Mae dadansoddi'r rhai a gwblhaodd yn unig yn torri'r gymhariaeth deg.",
      lawful_basis = "O dan GDPR y DU mae angen sail gyfreithlon arnoch i brosesu data personol. Mae cynghorau a chyrff cyhoeddus eraill fel arfer yn dibynnu ar \"tasg gyhoeddus\"; holwch eich swyddog diogelu data. Mae angen cydsyniad i gymryd rhan mewn ymchwil o hyd ar gyfer moeseg, hyd yn oed pan nad dyna'r sail gyfreithlon.",
      matching_deff = "Mae pwysoli teuluoedd i wneud y grwpiau'n debyg yn gwneud i'r sampl gyfrif am lai: yr effaith cynllun yw 1 ynghyd â sgwâr cyfernod amrywiad y pwysau. Gall eich dadansoddwr ei roi ar ôl rhediad prawf o'r paru; os nad yw'n hysbys, mae 1.5 yn ddyfaliad gofalus.",
      mdes = "Yr effaith leiaf y gall y sampl arfaethedig ei chanfod, gan ganiatáu ar gyfer ymadael (o'r gyfrifiannell pŵer).",
      mdes_method = "Y cyfrifiad y mae ffigurau maint y sampl yn ei ddefnyddio ar gyfer y cynllun a ddewiswyd, gyda'i ragdybiaethau (mae'r ffynonellau yn doc/calculators.md evalwiz).",
      measures = { help = "Amserlen mesurau'r astudiaeth effaith ei hun: un rhes ar gyfer pob mesur, gyda'r canlyniad y mae'n ei fesur, pwy sy'n ei adrodd, a'r misoedd ar ôl dyrannu pan gaiff ei gymryd. Cynhwyswch y prif ganlyniad ar ei bwynt amser, a phob canlyniad eilaidd. Dyma amserlen yr astudiaeth, nid un y peilot.",
        columns = { informant = "Atebion neu gofnodion pwy y mae'r mesur yn eu defnyddio.", measure = "Yr holiadur, y raddfa, yr arsylwi neu'r cofnod.",
          outcome = "Y canlyniad y mae hwn yn ei fesur, o'ch camau cynharach.", timepoints = "Pob pwynt pan gaiff y mesur ei gymryd; cynhwyswch y llinell sylfaen." } },
      measures_validated = "Atebwch ydy os yw astudiaethau cyhoeddedig yn dangos bod y mesur yn ddilys ac yn ddibynadwy ar gyfer y grŵp oedran a'r boblogaeth hon. Mae mesurau heb eu dilysu neu wedi'u llunio gartref yn un o chwe magl gyffredin EIF.",
      milestones = { help = "Yr amserlen: un rhes ar gyfer pob cam neu garreg filltir, gyda'i dyddiadau dechrau a gorffen (wedi'u hysgrifennu BBBB-MM-DD), o gymeradwyaethau drwy recriwtio, dilyniant, dadansoddi ac adrodd.",
        columns = { finish = "Pryd mae'n dod i ben (BBBB-MM-DD); yr un fath â'r dechrau ar gyfer un digwyddiad.", milestone = "Y cam neu'r digwyddiad.", start = "Pryd mae'n dechrau (BBBB-MM-DD)." } },
      missing_data = "Beth y byddwch chi'n ei wneud pan fydd canlyniadau rhai teuluoedd ar goll: er enghraifft, priodoli lluosog gan ddefnyddio gwybodaeth llinell sylfaen, ynghyd â gwiriad o faint mae'r ateb yn newid o dan ragdybiaethau gwahanol.",
      modifications = "Yr amgylchiadau pan fyddai ymarferydd yn newid yr hyn y mae teulu'n ei gael, neu'n ei atal (pryder diogelu, argyfwng, teulu'n gofyn am gael gadael), a beth sy'n digwydd i le'r teulu yn yr astudiaeth.",
      monitoring_committee = "Mae pwyllgor llywio (gyda chadeirydd annibynnol) yn goruchwylio cynnydd; mae pwyllgor monitro data o aelodau annibynnol yn edrych ar ddiogelwch ac, os yw wedi'i gynllunio, ar ganlyniadau interim. Ar gyfer astudiaeth risg isel o wasanaeth cymorth, mae pwyllgor llywio sydd hefyd yn adolygu niwed yn ddigon yn aml; dywedwch pam os nad oes pwyllgor monitro data ar wahân.",
      multiplicity = "Lluosogrwydd: po fwyaf o ganlyniadau a phwyntiau amser rydych chi'n eu profi, mwyaf tebygol yw hi y bydd un yn edrych yn arwyddocaol drwy siawns. Dywedwch sut rydych chi'n diogelu rhag hynny: un prif ganlyniad, cywiriad ar gyfer sawl prawf, neu drin y gweddill fel tystiolaeth ategol yn unig.",
      nhs_approvals = { help = "Un rhes ar gyfer pob cymeradwyaeth: cymeradwyaeth yr Awdurdod Ymchwil Iechyd (HRA) ar gyfer ymchwil yn y GIG (yng Nghymru, drwy Ymchwil Iechyd a Gofal Cymru); adolygiad gan bwyllgor moeseg ymchwil y GIG pan fydd cleifion y GIG yn cymryd rhan; cytundeb Gwarcheidwad Caldicott ar gyfer rhannu gwybodaeth cleifion; a chymorth o dan adran 251 o Ddeddf y GIG 2006, drwy'r Grŵp Cynghori ar Gyfrinachedd (CAG), i ddefnyddio data cleifion adnabyddadwy heb gydsyniad. Dywedwch pa rai nad oes eu hangen a pham.",
        columns = { approval = "Pa gymeradwyaeth.", notes = "Pwy sy'n gwneud cais, pryd, neu pam nad oes ei hangen.", status = "Ble mae arni." } },
      nhs_data = "Atebwch ydy os yw staff y GIG (ymwelwyr iechyd, meddygon teulu) yn recriwtio teuluoedd ar gyfer yr astudiaeth, neu os yw'r astudiaeth yn defnyddio cofnodion gan sefydliad GIG. Mae ymchwil yn y GIG angen ei chymeradwyaethau ei hun.",
      objectives = "Yr hyn y mae'r astudiaeth yn ceisio ei ganfod, un ar bob llinell: y prif amcan yn gyntaf (yr effaith ar y prif ganlyniad), yna'r lleill (canlyniadau eilaidd, sut mae'r rhaglen yn cael ei darparu, beth yw ei chost).",
      outcome_type = "Mae sgôr ar holiadur neu raddfa yn ddi-dor. Mae canlyniad sydd naill ai'n digwydd neu beidio i bob teulu (plentyn yn cael ei gymryd i ofal, gwahardd o'r ysgol) yn ganlyniad ie neu na; mae nifer o ddigwyddiadau (galwadau i'r heddlu, ymweliadau ag adran achosion brys) yn gyfrif. Mae'r cyfrifiad pŵer yn wahanol ar gyfer pob un.",
      outcomes_note = "Canlyniadau: dewiswch un prif ganlyniad, wedi'i benderfynu nawr, cyn gweld unrhyw ddata.",
      participants = "Pawb a fydd yn cael eu dyrannu, ar draws y ddau grŵp, cyn i neb ymadael. Mae'r panel yn cyfrifo faint fydd yn cael eu dadansoddi.",
      people_note = "Amserlen yr astudiaeth, ei phobl, ei risgiau a sut mae'r canlyniadau'n cael eu rhannu.",
      personnel = { help = "Y tîm gwerthuso a'r tîm darparu: un rhes ar gyfer pob person neu rôl, gyda'u sefydliad a'r hyn y maen nhw'n ei wneud yn yr astudiaeth.",
        columns = { name = "Y person, neu'r rôl os nad oes neb wedi'i benodi eto.", organisation = "Ble maen nhw'n gweithio.", role = "Eu rhan yn yr astudiaeth." } },
      places_per_year = "Nifer y teuluoedd y gall y gwasanaeth eu cymryd i'r rhaglen mewn blwyddyn (grwpiau'r flwyddyn wedi'u lluosi â theuluoedd fesul grŵp, neu lwythi achosion ymarferwyr). Mewn treial dim ond y grŵp rhaglen sy'n cymryd lleoedd tra bydd yr astudiaeth yn rhedeg.",
      points_after = "Ar gyfer cyfres amser wedi'i thorri: nifer y misoedd (neu gyfnodau eraill) o'r un data arferol ar ôl i'r gwasanaeth ddechrau, cyn y dadansoddi.",
      police_basis = "Enwch y pŵer cyfreithiol y mae'r heddlu'n dibynnu arno i rannu (er enghraifft adran 115 o Ddeddf Trosedd ac Anhrefn 1998), y sail gyfreithlon o dan Ddeddf Diogelu Data 2018, y cytundeb rhannu data, a phwy yn yr heddlu a'i cymeradwyodd.",
      police_data = "Atebwch ydy os yw'r astudiaeth yn defnyddio cofnodion yr heddlu (digwyddiadau, cysylltiadau, troseddu) am y teuluoedd neu'r plant.",
      post_trial_care = "Gofal ategol ac ar ôl y treial: beth a gynigir i'r grŵp cymharu pan ddaw'r astudiaeth i ben, beth sy'n digwydd i deuluoedd sydd angen help o hyd, a'r yswiriant neu'r indemniad sy'n cwmpasu niwed o gymryd rhan.",
      power = "Y siawns o ganfod yr effaith os yw yno mewn gwirionedd. Y confensiwn yw 0.8 (80%); mae 0.9 yn fwy diogel ond mae angen mwy o deuluoedd.",
      preregistration = "Mae cyhoeddi'r cynllun a'r prif ganlyniad cyn casglu unrhyw ddata (cofrestru ymlaen llaw) yn dangos na wnaethoch chi eu newid ar ôl gweld y canlyniadau.",
      primary_aggregation = "Y dull cyfuno: y sgôr gyfartalog ym mhob grŵp, y sgôr ganol (canolrif), neu gyfran y plant uwchlaw neu islaw pwynt torri.",
      primary_cutoff = "Y sgôr sy'n rhannu plant, ac o ble y daw.",
      primary_informant = "Atebion neu gofnodion pwy y mae'r prif fesur yn eu defnyddio. Gall pobl sy'n gwybod grŵp teulu (rhieni, plant, ymarferwyr) adrodd yr hyn y maen nhw'n gobeithio ei weld; ni all athro, arsylwr na ddywedir wrtho beth yw'r grŵp, na chofnodion arferol.",
      primary_measure = "Yr holiadur, y raddfa neu'r cofnod, a phwy sy'n ei gwblhau. Defnyddiwch fesur wedi'i ddilysu, yn ddelfrydol un a ddefnyddiwyd yn y peilot.",
      primary_metric = "Metrig y prif ganlyniad. Cymharu'r sgôr derfynol, wedi'i haddasu ar gyfer y sgôr llinell sylfaen, yw'r mwyaf manwl fel arfer; mae newid ers y llinell sylfaen yn haws i'w egluro ond yn llai manwl.",
      primary_outcome = "Yr un canlyniad y mae'r astudiaeth wedi'i chynllunio a'i phweru i'w brofi, wedi'i ddewis o'r canlyniadau a enwoch yn gynharach. Mae'r astudiaeth yn llwyddo neu'n methu ar hwn.",
      primary_timepoint_months = "Yr un pwynt amser y mae'r prif ganlyniad yn seiliedig arno, wedi'i gyfrif o'r dyrannu (pan fydd teulu'n dysgu ei grŵp a'r grŵp rhaglen yn dechrau). Rhaid iddo ddod cyn i unrhyw deulu cymharu gael cynnig y rhaglen.",
      process_evaluation = "Ei gwestiynau, ei ddulliau a'i sampl: ffyddlondeb, presenoldeb, beth mae teuluoedd y grŵp cymharu yn ei gael, sut mae'r rhaglen yn cael ei phrofi, a sut y gallai fod wedi gweithio. Dadansoddwch ef, lle gallwch chi, cyn bod canlyniadau'r treial yn hysbys.",
      protocol_access = "Ble y gall unrhyw un ddarllen y protocol a'r cynllun dadansoddi ystadegol cyn bod y canlyniadau'n hysbys: y gofrestrfa, gwefan y gwerthuswr, gwefan yr ariannwr, cyfnodolyn.",
      r2 = "Y gyfran (0 i 1) o'r gwahaniaethau yn y canlyniad terfynol a esbonnir gan fesurau a gymerwyd cyn dyrannu, yr un holiadur ar y llinell sylfaen fel arfer. Mae eu defnyddio yn y dadansoddi yn gwneud yr astudiaeth yn fwy manwl. Mae 0.3 i 0.5 yn gyffredin pan ddefnyddir y sgôr llinell sylfaen; defnyddiwch 0 os nad ydych chi'n siŵr.",
      r2_source = "Yr astudiaeth neu'r peilot sy'n dangos pa mor dda y mae'r mesurau llinell sylfaen yn rhagweld y canlyniad terfynol (ar gyfer un sgôr llinell sylfaen, mae R² tua sgwâr y gydberthynas cyn ac ar ôl).",
      randomisation_note = "Sut mae teuluoedd yn cael eu dyrannu ar hap, a sut mae'r dyrannu'n cael ei gadw'n deg.",
      randomise = "Atebwch ydy os ydych chi'n rheoli pwy sy'n cael cynnig lle (neu pryd), a bod loteri deg yn dderbyniol, er enghraifft oherwydd bod mwy o deuluoedd yn cael eu hatgyfeirio nag sydd o leoedd, neu oherwydd y byddai teuluoedd yn aros beth bynnag.",
      randomiser = "Enwch y rolau: pwy sy'n gwirio cymhwysedd ac yn cymryd cydsyniad, pwy sy'n gofyn am y dyraniad, a phwy sy'n dweud wrth y teulu. Rhaid i'r bobl sy'n cofrestru teuluoedd beidio â gallu dewis na rhagweld y dyraniad.",
      recruitment_months = "O'r teulu cyntaf i'r olaf, mewn misoedd.",
      recruitment_per_month = "Teuluoedd a atgyfeiriwyd, a gafwyd yn gymwys ac sy'n cytuno i gymryd rhan, bob mis, ar draws pob safle. Cymerwch ef o'ch cofnodion atgyfeirio neu'r peilot, gan ganiatáu ar gyfer teuluoedd sy'n dweud na.",
      recruitment_source = "Y cofnodion, canlyniadau'r peilot neu'r cytundebau y tu ôl i'r gyfradd fisol a nifer y lleoedd.",
      registration_date = "Dyddiad cofrestru, wedi'i ysgrifennu BBBB-MM-DD.",
      registration_number = "Y rhif a roddodd y gofrestrfa i'r astudiaeth, unwaith y bydd wedi'i chofrestru (er enghraifft ISRCTN12345678). Gadewch ef yn wag tan hynny.",
      registry = "Y gofrestrfa ac, unwaith y bydd gennych chi ef, y rhif cofrestru.",
      report_date = "Wedi'i ysgrifennu BBBB-MM-DD.",
      research_question = "Un frawddeg sy'n enwi'r gwasanaeth, y teuluoedd, y gymhariaeth a'r prif ganlyniad gyda'i amseriad.",
      retention = "Am ba hyd y mae manylion adnabod a'r data ymchwil yn cael eu cadw, pam, a sut maen nhw'n cael eu dinistrio neu eu harchifo (er enghraifft wedi'u gwneud yn ddienw mewn archif data).",
      risks = { help = "Y prif risgiau i'r astudiaeth (recriwtio, ymadael, trosiant staff, mynediad at ddata, halogi), pa mor debygol yw pob un, a beth y byddwch chi'n ei wneud i'w atal neu i ymateb.",
        columns = { likelihood = "Pa mor debygol ydyw.", response = "Sut rydych chi'n ei atal neu'n ymateb.", risk = "Beth allai fynd o'i le." } },
      rollout = "Gellir gwerthuso gwasanaeth y mae'n rhaid iddo gyrraedd pawb ond sy'n dechrau fesul safle drwy benderfynu trefn y safleoedd ar hap.",
      safeguarding = "Y protocol diogelu: pwy y mae ymchwilwyr ac ymarferwyr yn dweud wrthynt, o dan ba weithdrefnau lleol, a beth sy'n digwydd i le'r teulu yn yr astudiaeth. Dylid dweud wrth deuluoedd yn y daflen gydsynio fod gan gyfrinachedd y terfyn hwn.",
      sample_note = "Maint y sampl a phŵer: faint o deuluoedd (neu glystyrau) sydd eu hangen arnoch i ganfod yr effaith rydych chi'n ei disgwyl.",
      secondary_analysis = "Y model ar gyfer pob canlyniad eilaidd (yr un fath â'r un ar gyfer y prif ganlyniad fel arfer), a sut y bydd y canlyniadau'n cael eu hadrodd.",
      secondary_outcomes = "Canlyniadau eraill o'ch camau cynharach, wedi'u hadrodd ochr yn ochr â'r prif un. Cadwch y rhestr yn fyr.",
      sequence_generation = "Pwy sy'n gwneud y rhestr o ddyraniadau a sut: ystadegydd nad yw'n ymwneud â recriwtio fel arfer, gyda rhaglen gyfrifiadurol neu wasanaeth hapddyrannu ar-lein, fel na all neb ragweld y dyraniad nesaf.",
      settings = "Yr ardaloedd, y gwasanaethau a'r mannau lle mae teuluoedd yn cael eu recriwtio a'r rhaglen yn cael ei darparu, a faint o safleoedd sydd, yn fras.",
      site_criteria = "Yr hyn y mae'n rhaid i ganolfan, ysgol neu dîm ei gael i gymryd rhan (ystafell, crèche, digon o atgyfeiriadau), a'r hyn y mae'n rhaid i ymarferwyr fod wedi'i wneud cyn iddynt ddarparu yn yr astudiaeth (hyfforddiant, achrediad).",
      sites = "Os yw'r loteri'n cael ei rhedeg ar wahân ym mhob canolfan neu ardal (blocio), rhowch nifer y safleoedd; mae'r cyfrifiad wedyn yn caniatáu ar gyfer hynny. Gadewch yn wag os oes un loteri i bawb.",
      situation_note = "Mae'r cwestiynau nesaf yn disgrifio eich sefyllfa. Maen nhw'n penderfynu pa gynlluniau sy'n bosibl.",
      special_category_condition = "Mae data am iechyd, ethnigrwydd a data tebyg angen amod ychwanegol o dan Erthygl 9 GDPR y DU, \"archifo, ymchwil ac ystadegau\" yn aml. Gall eich swyddog diogelu data gadarnhau.",
      sponsor = "Y noddwr yw'r sefydliad sy'n cymryd cyfrifoldeb am sicrhau bod yr ymchwil yn cael ei sefydlu, ei rhedeg a'i hadrodd yn iawn, y brifysgol neu'r cyngor fel arfer. Rhowch gyswllt.",
      start_date = "Dyddiad arfaethedig y dyrannu cyntaf, wedi'i ysgrifennu BBBB-MM-DD.",
      steering_group = "Y grŵp rheoli'r treial (pwy sy'n cyfarfod, pa mor aml) ac unrhyw grŵp cynghori, gyda'u rolau. Gofynnir am y pwyllgor sy'n goruchwylio diogelwch gyda monitro'r astudiaeth.",
      steps = "Mae lletem risiog yn dechrau cyfran o'r clystyrau ym mhob cam, mewn trefn a dynnir drwy goelbren, ar ôl un cyfnod pan nad oes gan yr un ohonynt y gwasanaeth. Mae teuluoedd y clystyrau'n cael eu mesur ym mhob cyfnod: un yn fwy na nifer y camau.",
      stratification = "Gall hapddyrannu syml adael y grwpiau'n anghytbwys drwy siawns, yn enwedig mewn treialon bach. Mae haenu (hapddyrannu ar wahân o fewn, er enghraifft, pob canolfan) neu leihau yn cadw'r grwpiau'n debyg ar ffactorau sy'n bwysig.",
      stratification_factors = "Y ffactorau y mae'r dyrannu'n eu cydbwyso, un ar bob llinell. Dylai'r dadansoddi addasu ar gyfer yr un rhai.",
      subgroups = "Dadansoddiadau is-grŵp wedi'u pennu ymlaen llaw: grwpiau y mae gennych reswm i ddisgwyl effaith wahanol ar eu cyfer, wedi'u henwi nawr fel nad ydynt yn cael eu dewis ar ôl gweld y data. Dywedwch eu bod yn cael eu profi fel rhyngweithiadau ac yn cael eu trin fel rhai archwiliadol. Ysgrifennwch \"dim\" os nad oes rhai.",
      target_events = "Y cyfartaledd fesul teulu dros yr un cyfnod ymhlith teuluoedd sy'n cael y gwasanaeth.",
      target_level = "Mae canlyniad cadarnhaol o dreial neu astudiaeth led-arbrofol sydd wedi'i chynnal yn dda yn cefnogi Lefel 3; mae Lefel 4 hefyd angen ail astudiaeth drylwyr ac effaith sy'n para blwyddyn neu fwy. Mae astudiaeth cyn ac ar ôl yn cefnogi Lefel 2 ar y mwyaf.",
      target_rate = "Y ganran rydych chi'n ei disgwyl ymhlith teuluoedd sy'n cael y gwasanaeth. Mae'r panel yn dangos y newid lleiaf y gall yr astudiaeth ei ganfod.",
      timepoint_reason = "Eich rheswm dros y prif bwynt amser: digon hir ar ôl y rhaglen i newid ddangos a pharhau, a chyn i'r grŵp cymharu gael y rhaglen.",
      timeseries_points = "Er enghraifft cyfrifon misol o atgyfeiriadau neu waharddiadau ysgol a gofnodwyd yn yr un ffordd drwy gydol yr amser. Mae tua 12 pwynt neu fwy cyn y dechrau yn gwneud cyfres amser wedi'i thorri'n bosibl.",
      trial_monitoring = "Monitro'r treial: pwy sy'n gwirio ffurflenni cydsynio, cymhwysedd, y cofnod dyrannu ac ansawdd data, a pha mor aml.",
      unit = "Os yw'r gwasanaeth yn cael ei roi i leoliadau cyfan (ysgol, canolfan, tîm), neu y byddai teuluoedd mewn un man yn rhannu'r hyn y maen nhw'n ei ddysgu, dyrannwch grwpiau cyfan (clystyrau).",
      unit_reason = "Eich rheswm dros ddyrannu teuluoedd fesul un neu mewn grwpiau cyfan. Meddyliwch a allai teuluoedd sy'n rhannu grŵp, canolfan neu ymarferydd drosglwyddo syniadau'r rhaglen i deuluoedd y grŵp cymharu, ac a allai'r gwasanaeth redeg gyda rhai teuluoedd i mewn ac eraill allan.",
      usual_care = "Gofal arferol: y gwasanaethau y gall teuluoedd eu defnyddio p'un a ydynt yn cael y rhaglen ai peidio (ymweliadau iechyd, meddyg teulu, cymorth cynnar), ac unrhyw beth sydd wedi'i wahardd yn ystod yr astudiaeth, fel cwrs rhianta arall.",
    },
  },
}

-- The glossary, by the English term: its Welsh term and definition (the
-- English aliases, mostly abbreviations, still find it).
cy.glossary = {
  ["Acceptability"] = { term = "Derbynioldeb", definition = "A yw teuluoedd, staff a phartneriaid yn gweld y gwasanaeth yn dderbyniol: maen nhw'n fodlon cymryd rhan ynddo neu ei ddarparu a byddent yn ei argymell. Caiff ei fesur gydag arolygon byr a chyfweliadau." },
  ["Activities"] = { term = "Gweithgareddau", definition = "Yr hyn y mae'r gwasanaeth yn ei wneud mewn gwirionedd gyda theuluoedd neu staff: y sesiynau, yr ymweliadau, y grwpiau a'r tasgau. Mewn model rhesymeg, mae gweithgareddau'n troi mewnbynnau yn allbynnau." },
  ["Adaptation"] = { term = "Addasiad", definition = "Newid a wneir i'r gwasanaeth pan gaiff ei ddarparu, fel llai o sesiynau neu leoliad gwahanol. Mae rhai addasiadau'n helpu'r gwasanaeth i weddu i deuluoedd lleol; mae eraill yn hepgor y rhannau sy'n gwneud iddo weithio, felly cânt eu cofnodi a'u hadolygu." },
  ["Administrative data"] = { term = "Data gweinyddol", definition = "Gwybodaeth y mae sefydliadau eisoes yn ei chasglu yn ystod eu gwaith, fel presenoldeb ysgol, atgyfeiriadau gofal cymdeithasol neu alwadau i'r heddlu. Gall fesur canlyniadau heb ofyn cwestiynau ychwanegol i deuluoedd." },
  ["Adverse event"] = { term = "Digwyddiad niweidiol", definition = "Rhywbeth niweidiol sy'n digwydd i gyfranogwr yn ystod astudiaeth, p'un ai'r gwasanaeth a'i hachosodd ai peidio: gofid mewn sesiwn, anaf, argyfwng teuluol. Mae protocol yn dweud sut mae digwyddiadau niweidiol yn cael eu cofnodi, eu hadrodd a'u cymharu rhwng y grwpiau." },
  ["Allocation concealment"] = { term = "Cuddio'r dyraniad", definition = "Cadw'r dyraniad nesaf yn gudd nes bod teulu wedi'i gofrestru, fel na all neb lywio teulu i grŵp. Mae'n wahanol i ddallu, sy'n cuddio'r grŵp ar ôl dyrannu." },
  ["Allocation ratio"] = { term = "Cymhareb dyrannu", definition = "Faint o gyfranogwyr sy'n mynd i'r gwasanaeth am bob un yn y grŵp cymharu: mae 1:1 yn golygu grwpiau cyfartal, sy'n rhoi'r ateb mwyaf manwl ar gyfer nifer penodol o deuluoedd." },
  ["Assumption"] = { term = "Rhagdybiaeth", definition = "Rhywbeth y mae theori newid yn ei gymryd yn ganiataol heb dystiolaeth eto, fel 'bydd rhieni'n mynychu wyth sesiwn'. Mae enwi rhagdybiaethau'n dangos beth sydd angen i'r gwerthusiad ei brofi." },
  ["Attribution"] = { term = "Priodoli", definition = "Mewn astudiaeth adenillion cymdeithasol ar fuddsoddiad, y gyfran o newid sy'n deillio o sefydliadau eraill neu achosion eraill. Caiff ei thynnu cyn i'ch gwasanaeth hawlio'r gwerth." },
  ["Attrition"] = { term = "Ymadael", definition = "Cyfranogwyr sy'n cael eu colli rhwng dechrau astudiaeth a mesur y canlyniad. Gall llawer yn ymadael, neu fwy yn ymadael o un grŵp na'r llall, wneud y canlyniadau'n gamarweiniol." },
  ["Baseline equivalence"] = { term = "Cywerthedd llinell sylfaen", definition = "Roedd y ddau grŵp sy'n cael eu cymharu yn edrych yn debyg cyn i'r gwasanaeth ddechrau, ar y canlyniad ei hun ac ar y nodweddion sy'n bwysig. Hebddo, efallai mai gwahaniaeth a oedd yno erioed yw gwahaniaeth diweddarach." },
  ["Baseline"] = { term = "Llinell sylfaen", definition = "Y mesuriad a gymerir cyn i'r gwasanaeth ddechrau, y mae newid diweddarach yn cael ei farnu yn ei erbyn." },
  ["Benefit-cost ratio"] = { term = "Cymhareb budd a chost", definition = "Gwerth presennol y buddion wedi'i rannu â gwerth presennol y costau. Mae uwchlaw 1 yn golygu bod y buddion yn werth mwy na chost y gwasanaeth." },
  ["Blind assessment"] = { term = "Asesu dall", definition = "Caiff canlyniadau eu mesur gan rywun nad yw'n gwybod ym mha grŵp yr oedd teulu, fel na all ei ddisgwyliadau liwio'r canlyniad." },
  ["Blueprint"] = { term = "Glasbrint", definition = "Disgrifiad manwl o'r gwasanaeth: pob gweithgaredd craidd, beth yw ei ddiben, faint ohono y mae teuluoedd yn ei gael, pwy sy'n ei ddarparu a sut maen nhw'n cael eu hyfforddi, a pha ganlyniad tymor byr y dylai ei newid." },
  ["Business as usual"] = { term = "Busnes fel arfer", definition = "Y cymorth y byddai teuluoedd yn ei gael beth bynnag pe na bai'r gwasanaeth newydd yn bodoli. Mae grŵp cymharu fel arfer yn cael busnes fel arfer, nid dim byd." },
  ["Caldicott Guardian"] = { term = "Gwarcheidwad Caldicott", definition = "Yr uwch berson mewn sefydliad GIG neu gyngor sy'n gyfrifol am ddiogelu cyfrinachedd gwybodaeth iechyd a gofal pobl; mae angen ei gytundeb cyn i'r wybodaeth gael ei rhannu ar gyfer ymchwil." },
  ["Cluster randomised trial"] = { term = "Hap-dreial clwstwr", definition = "Treial lle mae grwpiau cyfan (ysgolion, canolfannau, timau) yn hytrach na theuluoedd unigol yn cael eu dyrannu drwy goelbren i gael y gwasanaeth neu beidio. Caiff ei ddefnyddio pan fydd y gwasanaeth yn cael ei ddarparu i grwpiau neu y byddai'n gorlifo rhwng teuluoedd." },
  ["Cluster"] = { term = "Clwstwr", definition = "Grŵp sy'n cael neu'n rhannu gwasanaeth gyda'i gilydd: ysgol, canolfan plant, meddygfa, tîm, ward heddlu. Mae pobl yn yr un clwstwr yn tueddu i fod yn debycach i'w gilydd na phobl mewn clystyrau gwahanol." },
  ["Comparator"] = { term = "Cymharydd", definition = "Mewn gwerthusiad economaidd, y dewis arall y mae'r gwasanaeth yn cael ei gymharu ag ef, fel cymorth arferol neu wasanaeth arall. Caiff costau a chanlyniadau eu cyfrif fel gwahaniaethau oddi wrtho." },
  ["Comparison group"] = { term = "Grŵp cymharu", definition = "Pobl nad ydynt yn cael y gwasanaeth (neu sy'n cael y cymorth arferol), a ddefnyddir i amcangyfrif beth fyddai wedi digwydd i gyfranogwyr hebddo. Fel arfer fe'i gelwir yn grŵp rheoli pan gafodd ei ffurfio drwy ddyrannu ar hap." },
  ["Completion"] = { term = "Cwblhau", definition = "Gorffen y gwasanaeth fel y'i diffiniwyd ymlaen llaw, er enghraifft mynychu o leiaf wyth o ddeuddeg sesiwn. Caiff y diffiniad ei osod yn y glasbrint fel na all symud yn nes ymlaen." },
  ["Complier average causal effect"] = { term = "Effaith achosol gyfartalog cydymffurfwyr", definition = "Effaith gwasanaeth ar y teuluoedd a fyddai'n manteisio arno fel y bwriadwyd, wedi'i hamcangyfrif gan ddefnyddio'r dyrannu ar hap fel bod y gymhariaeth yn aros yn deg. Caiff ei hadrodd wrth ochr y prif ganlyniad (bwriad i drin), nid yn ei le." },
  ["Confidence interval"] = { term = "Cyfwng hyder", definition = "Yr ystod o werthoedd y mae'r wir effaith yn debygol o fod ynddi, o ystyried y data. Mae cyfwng llydan yn golygu na allai'r astudiaeth hoelio'r effaith." },
  ["Conflict of interest"] = { term = "Gwrthdaro buddiannau", definition = "Arian, swyddi neu enw da y gallai canlyniad astudiaeth effeithio arnynt, ac a allai felly ddylanwadu ar sut mae'n cael ei rhedeg neu ei hadrodd. Mae protocolau'n eu rhestru ar gyfer pawb sy'n darparu, yn ariannu, yn datblygu neu'n gwerthuso'r gwasanaeth." },
  ["Contamination"] = { term = "Halogi", definition = "Pan fydd pobl yn y grŵp cymharu yn dod i gysylltiad â'r gwasanaeth beth bynnag, er enghraifft drwy rannu ymarferydd neu siarad â chyfranogwyr. Mae'n gwneud y gwahaniaeth a fesurir yn llai na'r un go iawn." },
  ["Context"] = { term = "Cyd-destun", definition = "Yr amgylchiadau o gwmpas gwasanaeth sy'n ei helpu neu'n ei rwystro: trosiant staff, llwythi achosion, gwasanaethau eraill, polisi lleol, y gymuned. Mae astudiaethau proses yn ei gofnodi i egluro pam mae canlyniadau'n amrywio." },
  ["Core components"] = { term = "Elfennau craidd", definition = "Y rhannau o wasanaeth y credir eu bod yn gwneud iddo weithio, y mae'n rhaid eu darparu fel y'u cynlluniwyd. Gall elfennau y gellir eu haddasu newid i weddu i anghenion lleol heb golli'r effaith." },
  ["Correlation"] = { term = "Cydberthynas", definition = "Pa mor agos y mae dau fesur yn symud gyda'i gilydd, o -1 i 1. Mewn astudiaeth cyn ac ar ôl, mae cydberthynas uchel rhwng sgoriau cyn ac ar ôl yn gwneud yr astudiaeth yn fwy manwl." },
  ["Cost analysis"] = { term = "Dadansoddiad cost", definition = "Cyfrifo beth mae gwasanaeth yn ei gostio i'w sefydlu a'i redeg, yn gyfan gwbl a fesul teulu, heb gymharu'r costau â chanlyniadau." },
  ["Cost-benefit analysis"] = { term = "Dadansoddiad cost a budd", definition = "Rhoi gwerthoedd ariannol ar gostau a chanlyniadau gwasanaeth, i weld a yw'r buddion yn drech na'r costau. Caiff ei adrodd fel gwerth presennol net neu gymhareb budd a chost." },
  ["Cost-consequence analysis"] = { term = "Dadansoddiad cost a chanlyniad", definition = "Gosod y costau wrth ymyl pob canlyniad yn ei unedau ei hun, heb eu troi'n un ffigur, a gadael i'r darllenydd eu pwyso a'u mesur." },
  ["Cost-effectiveness analysis"] = { term = "Dadansoddiad cost-effeithiolrwydd", definition = "Cost cyflawni un uned o un canlyniad (er enghraifft, fesul plentyn nad yw mewn perygl mwyach), o'i chymharu â dewis arall. Y gost ychwanegol fesul uned ychwanegol o ganlyniad yw'r gymhareb cost-effeithiolrwydd gynyddrannol (ICER)." },
  ["Counterfactual"] = { term = "Gwrthffeithiol", definition = "Beth fyddai wedi digwydd i'r un bobl heb y gwasanaeth. Ni ellir byth ei arsylwi'n uniongyrchol, felly defnyddir grŵp rheoli neu grŵp cymharu i'w amcangyfrif." },
  ["Covariate"] = { term = "Cydamrywedd", definition = "Nodwedd a fesurir ar y dechrau (fel y sgôr llinell sylfaen, oedran neu angen) sy'n cael ei hystyried yn y dadansoddi. Mae cydamryweddau da yn gwneud astudiaeth yn fwy manwl, felly mae angen llai o gyfranogwyr." },
  ["Data controller"] = { term = "Rheolydd data", definition = "O dan GDPR y DU, y sefydliad sy'n penderfynu pam a sut y defnyddir data personol; dim ond ar gyfarwyddiadau rheolydd y mae prosesydd yn trin y data. Mae astudiaeth yn enwi rôl pob sefydliad." },
  ["Data linkage"] = { term = "Cysylltu data", definition = "Uno cofnodion am yr un bobl o ffynonellau gwahanol (er enghraifft cofnodion ysgol a gofal cymdeithasol), fel arfer gyda dynodwyr wedi'u tynnu, i ddilyn canlyniadau dros amser." },
  ["Data monitoring committee"] = { term = "Pwyllgor monitro data", definition = "Grŵp bach o arbenigwyr annibynnol sy'n edrych ar ddata diogelwch treial, ac unrhyw ganlyniadau interim, tra mae'n rhedeg, ac a all argymell ei atal." },
  ["Data protection impact assessment"] = { term = "Asesiad effaith diogelu data", definition = "Asesiad ysgrifenedig, sy'n ofynnol o dan GDPR y DU cyn prosesu sy'n debygol o fod yn risg uchel, o ba ddata personol y mae prosiect yn eu defnyddio, y risgiau i'r bobl dan sylw a sut mae'r risgiau hynny'n cael eu lleihau." },
  ["Data sharing agreement"] = { term = "Cytundeb rhannu data", definition = "Cytundeb ysgrifenedig rhwng sefydliadau sy'n nodi pa ddata personol y maen nhw'n eu rhannu, pam, ar ba sail gyfreithlon, sut maen nhw'n cael eu cadw'n ddiogel a phryd y cânt eu dileu." },
  ["Deadweight"] = { term = "Pwysau marw", definition = "Newid a fyddai wedi digwydd beth bynnag, heb y gwasanaeth. Mae amcangyfrifon adenillion cymdeithasol ar fuddsoddiad ac ychwanegedd yn ei dynnu cyn hawlio gwerth." },
  ["Design effect"] = { term = "Effaith cynllun", definition = "Faint y mae grwpio pobl mewn clystyrau yn chwyddo ansicrwydd canlyniad o'i gymharu â samplu unigolion: 1 + (maint clwstwr - 1) x ICC. Mae rhannu nifer y cyfranogwyr ag ef yn rhoi maint effeithiol y sampl." },
  ["Difference-in-differences"] = { term = "Gwahaniaeth-mewn-gwahaniaethau", definition = "Cynllun sy'n cymharu faint y newidiodd canlyniad y cyfranogwyr o'r cyfnod cyn i'r cyfnod ar ôl â faint y newidiodd canlyniad grŵp cymharu dros yr un cyfnod. Mae'n tybio y byddai'r ddau grŵp fel arall wedi symud yn gyfochrog." },
  ["Discount rate"] = { term = "Cyfradd ddisgowntio", definition = "Y gyfradd flynyddol a ddefnyddir i droi costau a buddion yn y dyfodol yn werthoedd heddiw, oherwydd bod arian a buddion nawr yn werth mwy nag yn nes ymlaen. Mae Llyfr Gwyrdd Trysorlys EF yn defnyddio 3.5% y flwyddyn." },
  ["Displacement"] = { term = "Dadleoli", definition = "Mewn astudiaeth adenillion cymdeithasol ar fuddsoddiad, faint o fudd a symudodd broblem i rywle arall yn unig (er enghraifft i ardal neu grŵp arall) yn hytrach na'i dileu." },
  ["Dose"] = { term = "Dos", definition = "Faint o'r gwasanaeth a roddwyd (dos a ddarparwyd: sesiynau a gynigiwyd) a faint y manteisiodd teuluoedd arno mewn gwirionedd (dos a dderbyniwyd: sesiynau a fynychwyd, gwaith cartref a wnaed)." },
  ["Drop-off"] = { term = "Gostyngiad", definition = "Mewn astudiaeth adenillion cymdeithasol ar fuddsoddiad, faint y mae canlyniad yn pylu bob blwyddyn ar ôl i'r gwasanaeth ddod i ben." },
  ["EIF evidence level"] = { term = "Lefel tystiolaeth EIF", definition = "Gradd yr Early Intervention Foundation ar ba mor hyderus y dangoswyd bod gwasanaeth yn gwella canlyniadau plant: mae Lefel 2 yn dystiolaeth ragarweiniol o newid, mae Lefel 3 yn un astudiaeth drylwyr sy'n dangos effaith, mae Lefel 4 yn sawl astudiaeth drylwyr gydag o leiaf un effaith sy'n para blwyddyn neu fwy. Mae arwydd plws (2+, 3+, 4+) yn golygu bod y dystiolaeth yn mynd y tu hwnt i'r trothwy sylfaenol ar gyfer ei lefel. Nid oes gradd islaw Lefel 2: NL2 yw tystiolaeth sy'n methu, ac mae astudiaeth drylwyr na chanfu unrhyw effaith yn rhoi NE." },
  ["Effect size"] = { term = "Maint effaith", definition = "Maint y gwahaniaeth rhwng grwpiau mewn unedau gwyriad safonol, fel y gellir cymharu astudiaethau sy'n defnyddio mesurau gwahanol. Er enghraifft, mae 0.2 yn un rhan o bump o wyriad safonol." },
  ["Effectiveness"] = { term = "Effeithiolrwydd", definition = "A yw gwasanaeth yn gweithio pan gaiff ei ddarparu mewn amodau cyffredin, gan staff cyffredin, i'r cymysgedd arferol o deuluoedd." },
  ["Efficacy"] = { term = "Effeithiolrwydd arbrofol", definition = "A all gwasanaeth weithio o dan amodau a reolir yn dda, yn aml gyda'r datblygwr yn ymwneud yn agos a grŵp o deuluoedd a ddewiswyd yn ofalus." },
  ["Equality, diversity and inclusion"] = { term = "Cydraddoldeb, amrywiaeth a chynhwysiant", definition = "Sicrhau bod astudiaeth yn cyrraedd ac yn trin yn deg deuluoedd o bob cefndir, ac yn edrych a yw'r gwasanaeth yn gweithio cystal i grwpiau gwahanol." },
  ["Estimand"] = { term = "Amcangyfrifyn", definition = "Datganiad manwl o'r hyn y mae prif ganlyniad astudiaeth yn ei amcangyfrif: effaith beth, i bwy, o'i gymharu â beth, ar ba adeg, a sut mae digwyddiadau fel rhoi'r gorau i'r rhaglen yn cael eu trin." },
  ["Fidelity"] = { term = "Ffyddlondeb", definition = "Pa mor agos y mae'r gwasanaeth yn cael ei ddarparu fel y'i cynlluniwyd: ei rannau craidd, y swm, a'r ansawdd. Caiff ei wirio gyda rhestrau gwirio sesiynau, arsylwi neu recordiadau." },
  ["Follow-up"] = { term = "Dilyniant", definition = "Mesuriad diweddarach o ganlyniadau, ar ôl i'r gwasanaeth ddod i ben, i weld a yw'r newid yn para. Mae Lefel 4 EIF yn gofyn am ganlyniad sy'n dal yn well flwyddyn neu fwy yn ddiweddarach." },
  ["Green Book"] = { term = "Llyfr Gwyrdd", definition = "Canllawiau Trysorlys EF ar arfarnu gwariant cyhoeddus, gan gynnwys sut i brisio costau a buddion a'r gyfradd ddisgowntio o 3.5%." },
  ["Health Research Authority"] = { term = "Awdurdod Ymchwil Iechyd", definition = "Y corff sy'n cymeradwyo ymchwil yn y GIG yn Lloegr (yng Nghymru, ynghyd ag Ymchwil Iechyd a Gofal Cymru). Mae ymchwil sy'n recriwtio drwy'r GIG neu'n defnyddio ei gofnodion angen cymeradwyaeth HRA, adolygiad gan bwyllgor moeseg ymchwil y GIG yn aml, ac, i ddefnyddio data cleifion adnabyddadwy heb gydsyniad, cymorth o dan adran 251 o Ddeddf y GIG 2006 drwy'r Grŵp Cynghori ar Gyfrinachedd." },
  ["Implementation and process evaluation"] = { term = "Gwerthusiad gweithredu a phroses", definition = "Astudiaeth o sut mae gwasanaeth yn cael ei ddarparu, i bwy, am ba gost, a pham ei fod yn gweithio neu beidio: darparu, y nifer sy'n manteisio, ffyddlondeb, dos, cyrhaeddiad, derbynioldeb a chyd-destun. Cam 4 EIF." },
  ["Independent evaluation"] = { term = "Gwerthusiad annibynnol", definition = "Gwerthusiad a gynhelir gan bobl nad ydynt yn darparu nac yn berchen ar y gwasanaeth, fel nad yw ei ganfyddiadau'n cael eu lliwio gan fuddiant yn llwyddiant y gwasanaeth." },
  ["Indicated"] = { term = "Dynodedig", definition = "Gwasanaeth ar gyfer unigolion sydd eisoes yn dangos arwyddion cynnar o'r broblem, fel plant ag anawsterau ymddygiad sy'n dod i'r amlwg." },
  ["Indicator"] = { term = "Dangosydd", definition = "Arwydd penodol, mesuradwy bod allbwn neu ganlyniad wedi digwydd, fel 'nifer y sesiynau a fynychwyd' neu 'sgôr ar holiadur ymddygiad wedi'i ddilysu'." },
  ["Informant"] = { term = "Hysbysydd", definition = "Y person sy'n darparu mesuriad: rhiant, y plentyn, athro, ymarferydd, arsylwr annibynnol, neu gofnodion. Gall hysbyswyr gwahanol weld pethau gwahanol." },
  ["Informed consent"] = { term = "Cydsyniad gwybodus", definition = "Cytundeb person i gymryd rhan mewn ymchwil ar ôl cael gwybod, mewn geiriau y mae'n eu deall, beth mae'n ei olygu, ei risgiau, ac y gall dynnu'n ôl ar unrhyw adeg." },
  ["Inputs"] = { term = "Mewnbynnau", definition = "Yr hyn sydd ei angen ar wasanaeth i redeg: staff, amser, arian, adeiladau, deunyddiau, partneriaid. Colofn gyntaf model rhesymeg." },
  ["Intention to treat"] = { term = "Bwriad i drin", definition = "Dadansoddi pawb yn y grŵp y cawsant eu dyrannu iddo, p'un a wnaethant gwblhau'r gwasanaeth ai peidio. Mae'n cadw'r gymhariaeth yn deg, oherwydd bod y rhai sy'n gorffen fel arfer yn wahanol i'r rhai nad ydynt." },
  ["Interim analysis"] = { term = "Dadansoddiad interim", definition = "Edrych ar ganlyniadau treial cyn iddo ddod i ben, yn ôl cynllun a gytunwyd ymlaen llaw, i benderfynu a ddylai stopio'n gynnar oherwydd niwed, budd clir neu oherwydd na all lwyddo." },
  ["Interrupted time series"] = { term = "Cyfres amser wedi'i thorri", definition = "Cynllun sy'n defnyddio llawer o fesuriadau ailadroddus o ganlyniad (data arferol misol yn aml) cyn ac ar ôl dyddiad dechrau clir, i weld a newidiodd y lefel neu'r duedd pan ddechreuodd y gwasanaeth." },
  ["Intraclass correlation"] = { term = "Cydberthyniad mewnddosbarth", definition = "Cyfran y gwahaniaethau mewn canlyniad sydd rhwng clystyrau yn hytrach nag oddi mewn iddynt, o 0 i 1. Po uchaf ydyw, mwyaf o glystyrau sydd eu hangen ar astudiaeth." },
  ["Lawful basis"] = { term = "Sail gyfreithlon", definition = "Y rheswm o dan GDPR y DU sy'n caniatáu i sefydliad ddefnyddio data personol, fel tasg gyhoeddus neu gydsyniad. Mae angen un ar bob defnydd o ddata personol, ac mae data iechyd a data 'categori arbennig' eraill angen amod ychwanegol hefyd." },
  ["Logic model"] = { term = "Model rhesymeg", definition = "Diagram neu dabl sy'n cysylltu'r adnoddau a roddir i mewn, y gweithgareddau, yr allbynnau y gellir eu cyfrif a'r canlyniadau tymor byr a hir, gyda dangosydd ar gyfer pob un." },
  ["Magenta Book"] = { term = "Llyfr Magenta", definition = "Canllawiau Trysorlys EF ar werthuso yn y llywodraeth, sy'n cwmpasu gwerthusiad proses, gwerthusiad effaith a gwerthuso gwerth am arian." },
  ["Manual"] = { term = "Llawlyfr", definition = "Canllaw ysgrifenedig sy'n disgrifio sut i ddarparu pob sesiwn neu weithgaredd mewn gwasanaeth, fel bod pob ymarferydd yn ei ddarparu yn yr un ffordd." },
  ["Matched comparison"] = { term = "Cymhariaeth gyfatebol", definition = "Cynllun sy'n paru pob cyfranogwr â phobl debyg na chafodd y gwasanaeth, gan ddefnyddio cofnodion o'u nodweddion; mae paru sgôr tueddiad yn crynhoi'r nodweddion hynny yn un sgôr o ba mor debygol oedd pob person o gymryd rhan. Dim ond yr hyn a gofnodwyd y mae'n ei gydbwyso." },
  ["Maturation"] = { term = "Aeddfedu", definition = "Newid sy'n digwydd dim ond oherwydd bod plant yn tyfu ac yn datblygu dros amser, gyda'r gwasanaeth neu hebddo." },
  ["Mediator"] = { term = "Cyfryngwr", definition = "Y newid yn y canol, y mae gwasanaeth yn cael ei effaith drwyddo: er enghraifft, mae cwrs rhianta'n gwella hyder rhieni, sydd wedyn yn gwella ymddygiad y plentyn." },
  ["Minimum detectable effect size"] = { term = "Maint effaith lleiaf y gellir ei ganfod", definition = "Yr effaith wir leiaf y mae gan astudiaeth siawns dda (80% fel arfer) o'i chanfod fel un ystadegol arwyddocaol. Os yw'r effaith rydych chi'n ei disgwyl yn llai na'r MDES, mae'r astudiaeth yn rhy fach." },
  ["Missing data"] = { term = "Data coll", definition = "Mesuriadau a gynlluniwyd ond na chawsant eu casglu, er enghraifft oherwydd na ddychwelodd teulu holiadur. Gall y ffordd y cânt eu trin newid y canlyniadau, felly caiff y cynllun ei osod ymlaen llaw." },
  ["Moderator"] = { term = "Cymedrolwr", definition = "Nodwedd sy'n newid pa mor fawr yw'r effaith: er enghraifft, gallai gwasanaeth helpu plant iau yn fwy na rhai hŷn." },
  ["NE"] = { term = "NE", definition = "Gradd EIF ar gyfer gwasanaeth y canfu astudiaeth drylwyr nad oedd yn gwella'r canlyniadau i blant yr oedd yn anelu atynt. Nid yw'n golygu na all weithio byth, ond bod angen ailfeddwl y model." },
  ["NL2"] = { term = "NL2", definition = "Gradd EIF pan nad yw'r dystiolaeth orau sydd ar gael yn cyrraedd Lefel 2 eto." },
  ["Net present value"] = { term = "Gwerth presennol net", definition = "Gwerth presennol y buddion llai gwerth presennol y costau, gyda blynyddoedd y dyfodol wedi'u disgowntio. Mae uwchlaw sero yn golygu bod y gwasanaeth yn werth mwy nag y mae'n ei gostio." },
  ["Outcome monitoring"] = { term = "Monitro canlyniadau", definition = "Casglu mesurau canlyniadau'n arferol yn ystod y ddarpariaeth gyffredin, i wirio bod canlyniadau'n aros yn unol â'r hyn a ganfu'r gwerthusiad. Nid yw'n dangos achos ar ei ben ei hun." },
  ["Outcome"] = { term = "Canlyniad", definition = "Newid mewn plant neu deuluoedd (ymddygiad, llesiant, presenoldeb ysgol) y mae'r gwasanaeth yn anelu ato. Y prif ganlyniad yw'r un y mae'r astudiaeth wedi'i chynllunio a'i maint wedi'i bennu i'w brofi; caiff canlyniadau eilaidd eu mesur hefyd." },
  ["Output"] = { term = "Allbwn", definition = "Yr hyn y mae'r gwasanaeth yn ei gynhyrchu ac y gall ei gyfrif: sesiynau a ddarparwyd, teuluoedd a welwyd, staff a hyfforddwyd. Nid canlyniadau yw allbynnau: maen nhw'n dweud beth a wnaed, nid beth a newidiodd." },
  ["Per-protocol analysis"] = { term = "Dadansoddiad yn ôl y protocol", definition = "Dadansoddi dim ond y rhai a gafodd y gwasanaeth fel y bwriadwyd. Mae'n torri tegwch dyrannu ar hap, felly dim ond dadansoddiad eilaidd wrth ochr bwriad i drin y gall fod." },
  ["Perspective"] = { term = "Persbectif", definition = "Costau a buddion pwy y mae gwerthusiad economaidd yn eu cyfrif: un asiantaeth, yr awdurdod lleol, y sector cyhoeddus, neu'r gymdeithas gyfan." },
  ["Pilot study"] = { term = "Astudiaeth beilot", definition = "Astudiaeth fach gynnar, cyn ac ar ôl fel arfer, i weld a yw canlyniadau'n symud, i brofi'r mesurau ac i ddysgu sut i recriwtio a chadw teuluoedd. Cam 5 EIF." },
  ["Power"] = { term = "Pŵer", definition = "Y siawns y bydd astudiaeth yn canfod effaith o faint penodol os yw yno mewn gwirionedd; 80% yn ôl y confensiwn. Mae cyfrifiad pŵer yn cyfrifo nifer y cyfranogwyr sydd eu hangen." },
  ["Pre-post design"] = { term = "Cynllun cyn ac ar ôl", definition = "Mesur yr un cyfranogwyr cyn ac ar ôl y gwasanaeth, heb grŵp cymharu. Mae'n dangos newid, nid achos, felly gall gefnogi Lefel 2 EIF ar y mwyaf." },
  ["Pre-registration"] = { term = "Cofrestru ymlaen llaw", definition = "Cyhoeddi cynllun yr astudiaeth, y prif ganlyniad a'r cynllun dadansoddi cyn bod y canlyniadau'n hysbys, fel na ellir dewis y canfyddiadau wedyn." },
  ["Present value"] = { term = "Gwerth presennol", definition = "Cost neu fudd yn y dyfodol wedi'i fynegi yn arian heddiw drwy ei ddisgowntio." },
  ["Price base"] = { term = "Sylfaen prisiau", definition = "Y flwyddyn y mynegir pob cost a budd yn ei phrisiau, ar ôl addasu ar gyfer chwyddiant, fel y gellir adio symiau o flynyddoedd gwahanol yn deg." },
  ["Progression criteria"] = { term = "Meini prawf symud ymlaen", definition = "Targedau a osodwyd ymlaen llaw (er enghraifft ar gyfer recriwtio, cadw a ffyddlondeb) y mae'n rhaid i astudiaeth ddichonoldeb neu beilot eu cyrraedd cyn symud ymlaen at yr astudiaeth nesaf, sy'n costio mwy." },
  ["Protective factor"] = { term = "Ffactor amddiffynnol", definition = "Rhywbeth ym mywyd plentyn sy'n gwneud canlyniad gwael yn llai tebygol, fel perthynas gynnes â rhiant neu ysgol gefnogol." },
  ["Protocol"] = { term = "Protocol", definition = "Y ddogfen sy'n nodi, cyn i astudiaeth ddechrau, popeth am sut y caiff ei rhedeg a'i dadansoddi, fel y gall eraill wirio iddi gael ei gwneud fel y cynlluniwyd. Caiff newidiadau iddi (diwygiadau) eu dyddio, eu cymeradwyo a'u hadrodd." },
  ["Pseudonymisation"] = { term = "Ffugenwi", definition = "Rhoi cod yn lle enwau a dynodwyr uniongyrchol eraill, fel y gall ymchwilwyr gysylltu a dadansoddi cofnodion heb weld i bwy y maen nhw'n perthyn. Mae data wedi'u ffugenwi yn dal yn ddata personol o dan GDPR y DU." },
  ["Public involvement"] = { term = "Cynnwys y cyhoedd", definition = "Teuluoedd, pobl ifanc ac eraill sydd â phrofiad o wasanaeth yn helpu i lunio astudiaeth gyda'r ymchwilwyr: dewis cwestiynau, gwirio holiaduron a thaflenni, eistedd ar bwyllgorau, egluro canlyniadau." },
  ["Quasi-experimental design"] = { term = "Cynllun lled-arbrofol", definition = "Cynllun gyda grŵp cymharu na chafodd ei ffurfio drwy ddyrannu ar hap, fel paru, gwahaniaeth-mewn-gwahaniaethau, diffyg parhad atchweliad neu gyfres amser wedi'i thorri." },
  ["Randomisation"] = { term = "Hapddyrannu", definition = "Penderfynu drwy goelbren (yn ymarferol, gyda chyfrifiadur) pwy sy'n cael y gwasanaeth, fel bod y grwpiau'n wahanol drwy siawns yn unig." },
  ["Randomised controlled trial"] = { term = "Hap-dreial wedi'i reoli", definition = "Astudiaeth lle mae pobl (neu grwpiau) yn cael eu dyrannu drwy goelbren i gael y gwasanaeth neu beidio, fel y gellir priodoli unrhyw wahaniaeth diweddarach rhwng y grwpiau i'r gwasanaeth. Y cynllun cryfaf ar gyfer dangos achos." },
  ["Reach"] = { term = "Cyrhaeddiad", definition = "Faint o'r bobl y mae'r gwasanaeth ar eu cyfer sy'n cymryd rhan mewn gwirionedd, ac a ydynt yn debyg i'r grŵp targed cyfan." },
  ["Recruitment"] = { term = "Recriwtio", definition = "Sut mae teuluoedd yn dod i mewn i'r gwasanaeth a'r astudiaeth: pwy sy'n eu hatgyfeirio, sut y cysylltir â nhw, a faint o'r rhai sy'n gymwys sy'n cytuno i gymryd rhan." },
  ["Regression discontinuity design"] = { term = "Cynllun diffyg parhad atchweliad", definition = "Cynllun ar gyfer gwasanaethau sydd â sgôr torri cymhwysedd llym: mae teuluoedd ychydig uwchlaw ac ychydig islaw'r pwynt torri yn debyg ac eithrio cael y gwasanaeth, felly mae eu cymharu'n amcangyfrif ei effaith yn agos at y pwynt torri." },
  ["Regression to the mean"] = { term = "Atchwel i'r cymedr", definition = "Mae pobl a ddewisir ar adeg eithafol, fel argyfwng, yn tueddu i lithro'n ôl tuag at y cyfartaledd beth bynnag. Mae'n gwneud i astudiaeth cyn ac ar ôl edrych yn well nag y mae'r gwasanaeth mewn gwirionedd." },
  ["Reliability"] = { term = "Dibynadwyedd", definition = "A yw mesur yn rhoi canlyniadau cyson: yr un ateb ar ail gynnig, neu gan ddau asesydd gwahanol, pan nad oes dim wedi newid." },
  ["Research ethics"] = { term = "Moeseg ymchwil", definition = "Yr egwyddorion a'r adolygu sy'n diogelu pobl sy'n cymryd rhan mewn ymchwil: cydsyniad, preifatrwydd, osgoi niwed. Mae llawer o astudiaethau angen cymeradwyaeth gan bwyllgor moeseg ymchwil cyn iddynt ddechrau." },
  ["Retention"] = { term = "Cadw", definition = "Cadw cyfranogwyr yn y gwasanaeth ac yn yr astudiaeth tan y mesuriad olaf; y gwrthwyneb i ymadael." },
  ["Risk factor"] = { term = "Ffactor risg", definition = "Rhywbeth ym mywyd plentyn sy'n gwneud canlyniad gwael yn fwy tebygol, fel gwrthdaro rhwng rhieni neu dlodi. Mae ymyrraeth gynnar yn aml yn ceisio lleihau ffactorau risg." },
  ["Safeguarding"] = { term = "Diogelu", definition = "Amddiffyn plant rhag niwed. Mae astudiaeth sy'n gweithio gyda theuluoedd yn dweud beth mae ymchwilwyr ac ymarferwyr yn ei wneud pan fyddant yn poeni am blentyn, ac yn dweud wrth deuluoedd fod gan gyfrinachedd y terfyn hwn." },
  ["Sample size"] = { term = "Maint y sampl", definition = "Nifer y cyfranogwyr (ac, mewn cynlluniau clwstwr, y clystyrau) mewn astudiaeth. Gyda rhy ychydig, mae'n hawdd methu effaith go iawn." },
  ["Selection bias"] = { term = "Tuedd dethol", definition = "Pan fydd y bobl sy'n cael y gwasanaeth yn wahanol i'r rhai nad ydynt yn ei gael mewn ffyrdd sydd hefyd yn effeithio ar y canlyniad, fel bod cymhariaeth rhyngddynt yn annheg." },
  ["Sensitivity analysis"] = { term = "Dadansoddiad sensitifrwydd", definition = "Ailadrodd dadansoddiad gyda rhagdybiaethau gwahanol (maint effaith, cost neu gyfradd ddisgowntio wahanol) i weld faint y mae'r casgliad yn newid." },
  ["Set-up costs"] = { term = "Costau sefydlu", definition = "Costau a delir unwaith i ddechrau gwasanaeth (hyfforddiant, deunyddiau, recriwtio staff), yn hytrach na chostau cylchol a delir bob blwyddyn neu ar gyfer pob teulu." },
  ["Social return on investment"] = { term = "Adenillion cymdeithasol ar fuddsoddiad", definition = "Ffordd dan arweiniad rhanddeiliaid o brisio'r gwerth cymdeithasol y mae gwasanaeth yn ei greu am bob punt a fuddsoddir, ar ôl tynnu pwysau marw, dadleoli, priodoli a gostyngiad." },
  ["Sponsor"] = { term = "Noddwr", definition = "Y sefydliad, prifysgol neu'r cyngor fel arfer, sy'n cymryd cyfrifoldeb am sicrhau bod astudiaeth yn cael ei sefydlu, ei rhedeg a'i hadrodd yn iawn." },
  ["Standard deviation"] = { term = "Gwyriad safonol", definition = "Mesur o ba mor wasgaredig yw sgoriau o gwmpas y cyfartaledd. Caiff meintiau effaith eu mynegi mewn gwyriadau safonol." },
  ["Statistical analysis plan"] = { term = "Cynllun dadansoddi ystadegol", definition = "Dogfen, wedi'i hysgrifennu cyn gweld y canlyniadau, sy'n dweud yn union sut y caiff y data eu dadansoddi: y canlyniadau, y cymariaethau, y cydamryweddau a sut mae data coll yn cael eu trin." },
  ["Statistical significance"] = { term = "Arwyddocâd ystadegol", definition = "Tystiolaeth bod canlyniad yn annhebygol o fod oherwydd siawns yn unig, gwerth-p o dan 0.05 fel arfer. Nid yw'n dweud dim am a yw'r effaith yn fawr neu'n bwysig." },
  ["Steering committee"] = { term = "Pwyllgor llywio", definition = "Y grŵp sy'n goruchwylio cynnydd astudiaeth, fel arfer gyda chadeirydd annibynnol ac aelodau o'r gwasanaethau a'r teuluoedd dan sylw; mae grŵp rheoli'r treial yn ei rhedeg o ddydd i ddydd." },
  ["Stepped-wedge design"] = { term = "Cynllun lletem risiog", definition = "Treial lle mae pob grŵp yn cael y gwasanaeth yn y pen draw, ond mae'r drefn y mae grwpiau'n dechrau ynddi yn cael ei phenderfynu drwy goelbren, fel bod y rhai sy'n aros yn gweithredu fel y gymhariaeth." },
  ["Stratification"] = { term = "Haenu", definition = "Gwneud i ddyrannu ar hap gadw'r grwpiau'n gytbwys ar ffactorau sy'n bwysig, drwy ddyrannu ar wahân o fewn pob grŵp o deuluoedd (haenau), mewn blociau bach, neu drwy leihau (minimisation)." },
  ["Supervision"] = { term = "Goruchwyliaeth", definition = "Cymorth a goruchwyliaeth reolaidd i ymarferwyr gan gydweithiwr profiadol, i gadw'r ddarpariaeth yn ffyddlon i'r gwasanaeth ac i helpu gydag achosion anodd." },
  ["Targeted"] = { term = "Wedi'i dargedu", definition = "Gwasanaeth a gynigir i grwpiau sydd mewn mwy o berygl (er enghraifft teuluoedd mewn ardal ddifreintiedig neu rieni ifanc am y tro cyntaf), p'un a yw'r unigolyn yn dangos arwyddion o'r broblem ai peidio." },
  ["Theory of change"] = { term = "Theori newid", definition = "Esboniad o pam mae angen gwasanaeth, ar gyfer pwy y mae, sut y mae i fod i weithio a beth ddylai ei newid, gyda'r dystiolaeth ar gyfer pob cyswllt. Cam 1 EIF." },
  ["Time horizon"] = { term = "Gorwel amser", definition = "Sawl blwyddyn o gostau a buddion y mae gwerthusiad economaidd yn eu cyfrif. Mae gorwel rhy fyr yn methu buddion sy'n cyrraedd yn hwyrach ym mywyd plentyn." },
  ["Unit cost"] = { term = "Cost uned", definition = "Cost un uned o wasanaeth, fel un sesiwn neu un teulu'n ei gwblhau. Caiff ei defnyddio i gymharu gwasanaethau ac i gynyddu cyllidebau wrth ehangu." },
  ["Universal"] = { term = "Cyffredinol", definition = "Gwasanaeth a gynigir i bawb mewn poblogaeth (er enghraifft holl rieni babanod newydd-anedig), heb ddethol yn ôl risg nac angen." },
  ["Validity"] = { term = "Dilysrwydd", definition = "A yw mesur yn wir yn mesur yr hyn y mae'n honni ei fesur, wedi'i ddangos gan dystiolaeth gyhoeddedig ar gyfer y math o deuluoedd rydych chi'n gweithio gyda nhw." },
  ["Waiting-list control"] = { term = "Grŵp rheoli rhestr aros", definition = "Grŵp cymharu o deuluoedd sy'n cael y gwasanaeth yn ddiweddarach, ar ôl mesuriad canlyniadau'r astudiaeth. Mae'n gwneud atal y gwasanaeth yn decach ac yn haws i'w egluro." },
}

-- Units after a number: Welsh takes the singular after a numeral (9 mis,
-- 5 blynedd).
local units = {
  blueprint = { session_minutes = "munud", duration_weeks = "wythnos" },
  impact = { deferral_months = "mis", differential_attrition = "pwynt canran", recruitment_per_month = "teulu y mis",
    recruitment_months = "mis", places_per_year = "teulu y flwyddyn", primary_timepoint_months = "mis" },
  follow_up = { months = "mis" },
  value_for_money = { horizon_years = "blynedd", programme_life_years = "blynedd", qaly_years = "blynedd", benefit_years = "blynedd" },
}
-- What one row or item is called ("allbwn 3"), in plain mode's prompts.
local item_labels = {
  opening = { authors = "awdur" }, theory_of_change = { causal_links = "cyswllt" },
  logic_model = { outputs = "allbwn", outcomes = "canlyniad", links = "cyswllt" },
  blueprint = { core_components = "elfen" }, process_study = { progression_criteria = "maen prawf" },
  pilot_outcome = { measures = "mesur" }, impact = { measures = "mesur", data_sharing_agreements = "cytundeb" },
  value_for_money = { cost_items = "eitem gost" },
}
for sid, fs in pairs(item_labels) do
  for fid, l in pairs(fs) do cy.steps[sid].fields[fid].item_label = l end
end

for sid, fs in pairs(units) do
  for fid, u in pairs(fs) do
    local f = cy.steps[sid].fields[fid]
    if not f then f = {} cy.steps[sid].fields[fid] = f end
    f.unit = u
  end
end

-- Each option's help, by step, field (and column) and value.
local option_help = {
  opening = {
    steps_done = {
      theory_of_change = "Mae gennych chi ddisgrifiad ysgrifenedig o pam mae angen y gwasanaeth, ar gyfer pwy y mae, sut mae'n gweithio a beth ddylai ei newid.",
      logic_model = "Mae gennych chi ddiagram neu dabl sy'n cysylltu adnoddau, gweithgareddau, allbynnau a chanlyniadau.",
      blueprint = "Mae gennych chi ddisgrifiad manwl o bob gweithgaredd craidd, ei ddos a phwy sy'n ei ddarparu.",
      process_study = "Rydych chi wedi gwirio y gellir darparu'r gwasanaeth fel y'i cynlluniwyd a bod teuluoedd yn cymryd rhan.",
      pilot_outcome = "Rydych chi wedi mesur o leiaf un canlyniad i blant cyn ac ar ôl y rhaglen.",
      impact = "Rydych chi wedi cynnal astudiaeth gyda grŵp cymharu (treial neu astudiaeth led-arbrofol).",
      follow_up = "Rydych chi wedi dangos a yw'r effeithiau'n para blwyddyn neu fwy.",
      replication = "Mae ail astudiaeth drylwyr wedi'i chynnal mewn lle arall neu gan ddarparwyr eraill.",
      value_for_money = "Rydych chi wedi costio'r gwasanaeth ac wedi gosod ei gostau yn erbyn yr hyn y mae'n ei gyflawni.",
      quality_assurance = "Rydych chi'n monitro ffyddlondeb a chanlyniadau lle bynnag y cynigir y gwasanaeth.",
    },
    prior_level = {
      none = "Nid oes astudiaeth wedi mesur newid yng nghanlyniadau plant eto.",
      nl2 = "Mae astudiaethau'n bodoli, ond mae'r orau ohonynt yn methu cyrraedd Lefel 2 (er enghraifft dim mesur wedi'i ddilysu neu ddim prawf o'r newid).",
      ne = "Ni chanfu astudiaeth drylwyr (digon da ar gyfer Lefel 3) unrhyw welliant mewn canlyniad i blant. Mae angen i'r rhaglen ddysgu ac addasu cyn iddi gael ei phrofi eto.",
      l2 = "Canfu astudiaeth (cyn ac ar ôl yn aml, heb grŵp cymharu) fod canlyniadau plant wedi gwella; ni all ddangos mai'r rhaglen a'i hachosodd.",
      l2plus = "Tystiolaeth Lefel 2 sy'n mynd y tu hwnt i'r trothwy sylfaenol, er enghraifft o fwy nag un astudiaeth.",
      l3 = "Canfu o leiaf un astudiaeth drylwyr gyda grŵp cymharu effaith gadarnhaol ar ganlyniad i blant.",
      l3plus = "Tystiolaeth Lefel 3 sy'n mynd y tu hwnt i'r trothwy sylfaenol, er enghraifft mwy nag un astudiaeth drylwyr.",
      l4 = "Sawl astudiaeth drylwyr, gydag o leiaf un yn dangos canlyniad i blant a wellodd am flwyddyn neu fwy.",
      l4plus = "Tystiolaeth Lefel 4 sy'n mynd y tu hwnt i'r trothwy sylfaenol.",
    },
  },
  theory_of_change = {
    population_level = {
      universal = "Yn cael ei gynnig i bawb mewn poblogaeth, fel holl rieni plant tair oed, beth bynnag yw eu hangen.",
      targeted = "Yn cael ei gynnig i deuluoedd sydd â ffactor risg hysbys, fel incwm isel neu salwch meddwl rhiant, cyn i broblemau fynd yn ddifrifol.",
      indicated = "Yn cael ei gynnig i blant neu deuluoedd sydd eisoes yn dangos arwyddion cynnar o'r broblem, fel sgôr uchel ar sgrinio ymddygiad.",
    },
    causal_links = { columns = { strength = {
      strong = "Mae sawl astudiaeth dda neu adolygiad systematig yn ei gefnogi.",
      some = "Un neu ddwy astudiaeth, neu dystiolaeth o wasanaeth neu boblogaeth gysylltiedig.",
      assumed = "Mae'n ymddangos yn gredadwy ond nid yw wedi'i brofi; dylai'r gwerthusiad ei brofi.",
    } } },
  },
  logic_model = {
    outcomes = { columns = { term = {
      short = "Yn ystod y rhaglen neu'n syth ar ei hôl.",
      medium = "Rai misoedd ar ôl y rhaglen.",
      long = "Blwyddyn neu fwy ar ôl y rhaglen.",
    } } },
  },
  blueprint = {
    frequency = {
      daily = "Bob dydd, neu'r rhan fwyaf o ddyddiau.",
      twice_weekly = "Dwy sesiwn bob wythnos.",
      weekly = "Un sesiwn yr wythnos.",
      fortnightly = "Un sesiwn bob pythefnos.",
      monthly = "Un sesiwn y mis.",
      varies = "Mae'r amseru'n cael ei gytuno gyda phob teulu; dywedwch fwy yn yr elfennau y gellir eu haddasu.",
    },
    delivery_mode = {
      group = "Sawl teulu gyda'i gilydd, dan arweiniad ymarferwyr.",
      one_to_one = "Mae ymarferydd yn gweithio gydag un teulu ar y tro, gartref neu mewn canolfan.",
      mixed = "Sesiynau grŵp gyda rhai sesiynau unigol neu ymweliadau cartref.",
      online = "Yn cael ei ddarparu drwy alwad fideo neu gwrs ar-lein.",
    },
    manual = {
      published = "Dilynir llawlyfr gan ddatblygwr y rhaglen.",
      ["local"] = "Mae eich tîm wedi ysgrifennu beth sy'n digwydd ym mhob sesiwn.",
      in_development = "Mae llawlyfr yn cael ei ddrafftio; gorffennwch ef cyn unrhyw astudiaeth effaith.",
      none = "Mae'r ddarpariaeth yn dibynnu ar bob ymarferydd; mae ysgrifennu un yn dasg gynnar.",
    },
  },
  process_study = {
    components = {
      delivery = "Beth a ddarparwyd, a beth a helpodd neu a rwystrodd y ddarpariaeth.",
      fidelity = "A gafodd elfennau craidd eu darparu fel y dywed y glasbrint.",
      dose = "Faint a ddarparwyd, a faint a gafodd teuluoedd mewn gwirionedd.",
      reach = "A yw'r gwasanaeth yn cyrraedd y teuluoedd y mae ar eu cyfer, a phwy sydd ar goll.",
      recruitment_retention = "Sut y daethpwyd o hyd i deuluoedd, faint a ddechreuodd, pwy a adawodd a pham.",
      acceptability = "A yw teuluoedd a staff yn gweld y gwasanaeth yn addas ac yn werth chweil.",
      adaptations = "Beth a newidiwyd, pam, ac a gadwodd at yr elfennau craidd.",
      context = "Ffactorau lleol, fel trosiant staff neu wasanaethau eraill, a luniodd y ddarpariaeth.",
      cost = "Yr adnoddau a ddefnyddiwyd: amser staff, deunyddiau, lleoliadau, gorbenion.",
      mechanisms = "A yw'r newidiadau cyntaf yn y theori newid yn dechrau digwydd.",
      unintended = "Unrhyw niwed neu effaith annisgwyl ar deuluoedd neu staff.",
    },
    methods = {
      monitoring_data = "Rhifau sydd eisoes wedi'u cofnodi mewn systemau rheoli achosion.",
      attendance = "Pwy a ddaeth i bob sesiwn.",
      fidelity_checklists = "Mae ymarferwyr yn cofnodi pa rannau craidd a ddarparwyd ganddynt.",
      observation = "Mae goruchwyliwr neu ymchwilydd yn gwylio neu'n gwrando ar sesiynau ac yn eu sgorio.",
      family_survey = "Holiaduron byr i rieni neu blant.",
      staff_survey = "Holiaduron byr i ymarferwyr ac atgyfeirwyr.",
      interviews = "Sgyrsiau un i un gyda theuluoedd, staff neu reolwyr.",
      focus_groups = "Trafodaethau grŵp gyda theuluoedd neu staff.",
      documents = "Darllen llawlyfrau, nodiadau goruchwylio a chofnodion cyfarfodydd.",
      cost_logs = "Cofnodion o amser staff a gwariant.",
    },
  },
  pilot_outcome = {
    measures = { columns = {
      informant = {
        parent = "Mae'r rhiant yn llenwi holiadur am y plentyn neu amdano'i hun.",
        child = "Mae'r plentyn yn ateb, fel arfer o tua 8 oed.",
        teacher = "Rhywun sy'n gweld y plentyn mewn lleoliad; efallai nad yw'n gwybod pwy a gymerodd ran, sy'n helpu.",
        practitioner = "Y person sy'n darparu'r gwasanaeth; mae'n gwybod pwy a gymerodd ran, a all ogwyddo sgoriau.",
        observer = "Ymchwilydd hyfforddedig sy'n gwylio ac yn sgorio ymddygiad.",
        admin_data = "Data sydd eisoes wedi'u cofnodi gan ysgolion, iechyd neu ofal cymdeithasol.",
      },
      timepoints = {
        baseline = "Adeg atgyfeirio neu'r sesiwn gyntaf, cyn i'r rhaglen gael unrhyw effaith.",
        mid = "Yn ystod y rhaglen, er enghraifft yn sesiwn 6.",
        ["end"] = "Yn y sesiwn olaf neu'n syth ar ei hôl.",
        m3 = "Yn dangos a yw newid cynnar yn dal.",
        m6 = "Gwiriad tymor canolig.",
        m12 = "Tymor hir: ei angen i ddangos bod effeithiau'n para blwyddyn neu fwy.",
        m24 = "Dilyniant tymor hwy.",
      },
      validated = {
        validated = "Tystiolaeth gyhoeddedig o ddilysrwydd a dibynadwyedd ar gyfer y grŵp oedran a'r boblogaeth hon.",
        partly = "Wedi'i ddilysu mewn man arall (grŵp oedran, gwlad neu iaith arall) ond nid ar gyfer teuluoedd fel eich rhai chi.",
        not_validated = "Wedi'i lunio'n lleol neu gan y datblygwr, heb ei brofi'n gyhoeddus; mae EIF yn cyfrif hwn fel mesur gwan.",
      },
    } },
    design = {
      pre_post = "Mae'r teuluoedd sy'n cymryd rhan yn cael eu mesur cyn ac ar ôl y rhaglen.",
      pre_post_comparison = "Mae grŵp nad yw'n cael y gwasanaeth (er enghraifft teuluoedd ar y rhestr aros) yn cael ei fesur ar yr un adegau.",
    },
    analysis_test = {
      paired_t = "Yn cymharu sgoriau cyn ac ar ôl pob teulu; y dewis safonol ar gyfer sgoriau sydd fwy neu lai'n normal.",
      wilcoxon = "Fel prawf-t pâr ond ar gyfer sgoriau gwyrgam neu samplau bach.",
      mixed_model = "Yn trin sawl pwynt amser, mesuriadau coll a theuluoedd wedi'u grwpio mewn sesiynau; mae angen cymorth ystadegol.",
      other = "Disgrifiwch ef yn y cwestiwn am honiadau isod.",
    },
    trial_inputs = {
      recruitment_rate = "Teuluoedd cymwys a atgyfeirir ac sy'n dechrau bob mis: mae'n pennu am ba hyd y mae'n rhaid i'r treial recriwtio.",
      consent_rate = "Cyfran y teuluoedd cymwys sy'n cytuno i gymryd rhan yn yr astudiaeth.",
      attrition = "Cyfran y teuluoedd sydd ar goll yn y mesuriad olaf: mae'n pennu faint yn ychwanegol y mae'n rhaid i'r treial eu recriwtio.",
      baseline_sd = "Gwyriad safonol y prif fesur ar y dechrau: mae'n troi newid mewn pwyntiau yn faint effaith.",
      icc = "Pa mor debyg y daw teuluoedd yn yr un grŵp (y cydberthyniad mewnddosbarth): ei angen pan ddarperir y rhaglen mewn grwpiau.",
      correlation = "Pa mor dda y mae'r sgôr gychwynnol yn rhagweld yr un derfynol: mae'n pennu faint y mae mesur llinell sylfaen yn lleihau sampl y treial.",
      completion = "Cyfran y rhai sy'n dechrau sy'n bodloni'r rheol cwblhau: ei hangen ar gyfer dadansoddiad o'r teuluoedd a gymerodd ran.",
    },
  },
  impact = {
    framework = {
      superiority = "Y cwestiwn arferol: a yw'r rhaglen yn gwella canlyniadau o'i chymharu â'r hyn y byddai teuluoedd yn ei gael fel arall?",
      non_inferiority = "Ar gyfer fersiwn rhatach neu fyrrach: a yw ddim yn waeth na'r rhaglen lawn o fwy na ffin a gytunwyd ymlaen llaw?",
      exploratory = "Golwg gyntaf heb un ddamcaniaeth i'w phrofi; ni all y canlyniad gefnogi gradd.",
    },
    unit = {
      individual = "Mae pob teulu'n cael ei ddyrannu ar ei ben ei hun.",
      cluster = "Mae canolfannau, ysgolion, meddygfeydd, wardiau neu dimau'n cael eu dyrannu, ac mae pob teulu ynddynt yn yr un grŵp.",
    },
    comparison = {
      none = "Dim ond cyfranogwyr sy'n cael eu mesur.",
      waitlist = "Mae teuluoedd yn cael y gwasanaeth yn ddiweddarach, ar ôl y mesuriad terfynol; nhw yw'r grŵp cymharu yn y cyfamser.",
      matched = "Teuluoedd nad ydynt yn cymryd rhan a ddewiswyd i fod yn debyg i gyfranogwyr.",
      natural = "Teuluoedd mewn ardaloedd neu gyfnodau lle na chynigir y gwasanaeth, am resymau nad ydynt yn gysylltiedig â'u hangen.",
      historical = "Teuluoedd o'r cyfnod cyn i'r gwasanaeth ddechrau; y gymhariaeth wannaf, gan fod llawer o bethau eraill yn newid dros amser.",
      below_cutoff = "Ar gyfer diffyg parhad atchweliad: teuluoedd a sgoriodd ychydig islaw'r pwynt torri ac felly na chawsant y gwasanaeth.",
    },
    rollout = {
      phased = "Mae safleoedd yn dechrau ar adegau gwahanol.",
      all = "Mae pob safle'n dechrau gyda'i gilydd.",
    },
    design = {
      individual_rct = "Mae teuluoedd yn cael eu dyrannu ar hap i'r gwasanaeth neu i grŵp cymharu (rhestr aros yn aml). Y cynllun cryfaf pan allwch chi reoli pwy sy'n cael lle.",
      cluster_rct = "Mae grwpiau cyfan (canolfannau plant, ysgolion, timau) yn cael eu dyrannu ar hap. Defnyddiwch ef pan ddarperir y gwasanaeth i grwpiau neu pan fyddai teuluoedd mewn un man yn rhannu'r hyn y maen nhw'n ei ddysgu; mae angen llawer o glystyrau.",
      stepped_wedge = "Mae pawb yn cael y gwasanaeth yn y pen draw, ond penderfynir ar hap ym mha drefn y mae safleoedd yn dechrau. Yn gweddu i gyflwyno fesul cam.",
      rdd = "Yn cymharu teuluoedd ychydig uwchlaw ac ychydig islaw sgôr torri cymhwysedd llym. Mae angen sampl mawr yn agos at y pwynt torri.",
      did = "Yn cymharu'r newid dros amser yn eich ardal neu'ch grŵp chi â'r newid mewn grŵp tebyg na chafodd y gwasanaeth. Mae'n tybio y byddai'r ddau wedi newid yn debyg.",
      matched = "Mae pob teulu sy'n cymryd rhan yn cael ei baru â theulu tebyg nad yw'n cymryd rhan gan ddefnyddio cofnodion fel oedran, angen a hanes. Dim ond cystal â'r data a ddefnyddir i baru.",
      its = "Yn defnyddio llawer o fisoedd o ddata arferol cyn ac ar ôl y dechrau i weld a yw'r lefel neu'r duedd yn newid. Mae angen cyfres hir, gyson.",
      pre_post = "Yn mesur cyfranogwyr cyn ac ar ôl yn unig. Mae'n dangos newid, nid effaith: Lefel 2 ar y mwyaf.",
    },
    target_level = {
      l2 = "Newid wedi'i fesur, ond ni ellir tybio achosiaeth.",
      l3 = "Mae un astudiaeth drylwyr gyda grŵp cymharu yn dangos effaith gadarnhaol.",
      l4 = "Ynghyd ag astudiaethau cynharach: sawl astudiaeth drylwyr, ac un ag effaith sy'n para 12 mis neu fwy.",
    },
    allocation_ratio = {
      equal = "Un teulu i'r rhaglen am bob teulu i'r grŵp cymharu.",
      two_to_one = "Dau deulu i'r rhaglen am bob un i'r grŵp cymharu.",
      three_to_two = "Tri theulu i'r rhaglen am bob dau i'r grŵp cymharu.",
      one_to_two = "Un teulu i'r rhaglen am bob dau i'r grŵp cymharu.",
    },
    stratification = {
      simple = "Mae pob teulu'n cael ei ddyrannu drwy goelbren, heb gydbwyso dim.",
      blocks = "Mae dyraniadau'n cael eu gwneud mewn blociau bach ar hap fel bod y grwpiau'n aros yr un maint wrth i'r treial fynd yn ei flaen.",
      stratified = "Er enghraifft o fewn pob canolfan, fel bod gan bob canolfan nifer tebyg ym mhob grŵp.",
      minimisation = "Mae pob teulu'n cael ei ddyrannu i gadw'r grwpiau mor debyg â phosibl ar y ffactorau a ddewiswyd, gydag elfen ar hap.",
    },
    outcome_type = {
      continuous = "Mae effeithiau mewn gwyriadau safonol o'r sgôr.",
      binary = "Mae effeithiau'n newid yng nghyfran y teuluoedd sydd â'r canlyniad.",
      count = "Mae effeithiau'n newid yng nghyfradd y digwyddiadau fesul teulu.",
    },
    primary_informant = {
      parent = "Mae'r rhiant yn llenwi holiadur; mae rhieni mewn treial yn gwybod a gawsant y rhaglen.",
      child = "Mae'r plentyn yn ateb, fel arfer o tua 8 oed; efallai bod plant yn gwybod grŵp eu teulu.",
      teacher = "Rhywun sy'n gweld y plentyn mewn lleoliad ac nad oes angen dweud wrtho beth yw grŵp y teulu.",
      practitioner = "Y person sy'n darparu'r gwasanaeth; mae'n gwybod pwy a gymerodd ran, a all ogwyddo sgoriau.",
      observer = "Ymchwilydd hyfforddedig sy'n sgorio ymddygiad heb wybod grŵp y teulu.",
      admin_data = "Data sydd eisoes wedi'u cofnodi gan ysgolion, iechyd neu ofal cymdeithasol, am resymau nad ydynt yn gysylltiedig â'r astudiaeth.",
    },
    primary_metric = {
      final = "Sgôr pob plentyn ar y pwynt amser; mae'r sgôr llinell sylfaen yn mynd i'r dadansoddi fel cydamrywedd.",
      change = "Sgôr pob plentyn ar y pwynt amser llai ei sgôr llinell sylfaen.",
      time_to_event = "Er enghraifft yr amser nes bod plentyn yn cael ei wahardd o'r ysgol neu'n cael ei atgyfeirio i ofal cymdeithasol.",
    },
    primary_aggregation = {
      mean = "Y dewis arferol ar gyfer sgoriau holiaduron.",
      median = "Ar gyfer sgoriau gwyrgam iawn.",
      proportion = "Er enghraifft cyfran y plant yn yr ystod glinigol.",
    },
    measures = { columns = {
      informant = {
        parent = "Mae'r rhiant yn llenwi holiadur; mae rhieni mewn treial yn gwybod a gawsant y rhaglen.",
        child = "Mae'r plentyn yn ateb, fel arfer o tua 8 oed; efallai bod plant yn gwybod grŵp eu teulu.",
        teacher = "Rhywun sy'n gweld y plentyn mewn lleoliad ac nad oes angen dweud wrtho beth yw grŵp y teulu.",
        practitioner = "Y person sy'n darparu'r gwasanaeth; mae'n gwybod pwy a gymerodd ran, a all ogwyddo sgoriau.",
        observer = "Ymchwilydd hyfforddedig sy'n sgorio ymddygiad heb wybod grŵp y teulu.",
        admin_data = "Data sydd eisoes wedi'u cofnodi gan ysgolion, iechyd neu ofal cymdeithasol, am resymau nad ydynt yn gysylltiedig â'r astudiaeth.",
      },
      timepoints = {
        baseline = "Ar ôl cydsyniad a chyn i'r teulu ddysgu ei grŵp.",
        m3 = "Diwedd rhaglen 12 wythnos fel arfer.",
        m6 = "Chwe mis ar ôl dyrannu.",
        m9 = "Naw mis ar ôl dyrannu.",
        m12 = "Blwyddyn ar ôl dyrannu.",
        m18 = "Deunaw mis ar ôl dyrannu.",
        m24 = "Dwy flynedd ar ôl dyrannu.",
        m36 = "Tair blynedd ar ôl dyrannu.",
      },
    } },
    blinding = {
      assessors = "Ni ddywedir wrth gynorthwywyr ymchwil sy'n ymweld â theuluoedd neu'n eu ffonio am holiaduron beth yw'r grŵp, a gofynnir i deuluoedd beidio â dweud.",
      analysts = "Gwneir y dadansoddi gyda'r grwpiau wedi'u codio'n A a B nes ei fod wedi'i orffen.",
      teachers = "Ni ddywedir wrthynt a gymerodd y teulu ran.",
      none = "Mae pawb sy'n ymwneud â'r astudiaeth yn gwybod y grŵp; dywedwch pam yn y cwestiwn nesaf.",
    },
    consent_timing = {
      before_allocation = "Mae teuluoedd yn cytuno i'r astudiaeth, yn cwblhau'r llinell sylfaen, ac yna'n dysgu eu grŵp.",
      after_allocation = "Mae safleoedd neu grwpiau'n cael eu dyrannu gyntaf a gofynnir i deuluoedd wedyn, fel mewn llawer o dreialon clwstwr.",
      not_sought = "Dim ond cofnodion arferol a ddefnyddir, o dan sail gyfreithlon arall a chyda chymeradwyaeth pwyllgor moeseg.",
    },
    preregistration = {
      registered = "Mae'r protocol ar gofrestrfa gyhoeddus.",
      planned = "Mae cofrestru wedi'i gynllunio cyn i'r teulu cyntaf gael ei ddyrannu.",
      not_planned = "Mae peidio â chofrestru yn gwanhau hyder yn y canlyniad; bydd partneriaid academaidd ac EIF yn gofyn pam.",
    },
    evaluator_independence = {
      independent_academic = "Ymchwilwyr heb fuddiant yn llwyddiant y gwasanaeth.",
      independent_other = "Cwmni ymchwil neu elusen nad yw'n ymwneud â'r ddarpariaeth.",
      internal_separate = "Dadansoddwyr mewnol nad ydynt yn rheoli'r gwasanaeth.",
      internal = "Y lleiaf credadwy ar gyfer astudiaeth effaith; iawn ar gyfer monitro.",
    },
    ethics = {
      approved = "Mae'r pwyllgor wedi cymeradwyo'r astudiaeth.",
      submitted = "Mae'r cais gyda'r pwyllgor.",
      planned = "Bydd y cais yn cael ei wneud cyn recriwtio.",
      not_needed = "Dim ond ar gyfer gwerthuso gwasanaeth gan ddefnyddio data arferol; holwch eich partner academaidd.",
    },
    lawful_basis = {
      public_task = "Mae angen y prosesu ar gyfer tasg er budd y cyhoedd neu eich swyddogaethau swyddogol; y sail arferol ar gyfer cyrff cyhoeddus.",
      consent = "Mae teuluoedd yn rhoi cydsyniad penodol, gwybodus i'r defnydd o ddata a gallant ei dynnu'n ôl ar unrhyw adeg.",
      legitimate_interests = "Yn bennaf ar gyfer elusennau a sefydliadau preifat, nid cyrff cyhoeddus sy'n cyflawni eu tasgau cyhoeddus.",
      legal_obligation = "Mae cyfraith yn gofyn am y prosesu.",
    },
    dpia = {
      done = "Wedi'i gwblhau a'i gymeradwyo gan y swyddog diogelu data.",
      in_progress = "Yn cael ei ysgrifennu.",
      planned = "Bydd yn cael ei wneud cyn casglu unrhyw ddata.",
      not_needed = "Dim ond os na ddefnyddir data personol; holwch eich swyddog diogelu data.",
    },
    data_sharing_agreements = { columns = { status = {
      signed = "Mewn grym.",
      drafted = "Wedi'i ysgrifennu, heb ei lofnodi eto.",
      needed = "Heb ddechrau eto.",
    } } },
    nhs_approvals = { columns = {
      approval = {
        hra = "Cymeradwyaeth yr Awdurdod Ymchwil Iechyd ar gyfer ymchwil sy'n digwydd yn y GIG yn Lloegr.",
        nhs_rec = "Adolygiad moesegol gan bwyllgor moeseg ymchwil y GIG, sydd ei angen pan fydd cleifion y GIG yn cymryd rhan mewn ymchwil.",
        caldicott = "Cytundeb Gwarcheidwad Caldicott y sefydliad GIG i rannu gwybodaeth cleifion.",
        s251 = "Cymorth o dan adran 251 o Ddeddf y GIG 2006, drwy'r Grŵp Cynghori ar Gyfrinachedd, i ddefnyddio data cleifion adnabyddadwy heb gydsyniad.",
      },
      status = {
        granted = "Yn ei le.",
        applied = "Mae'r cais wedi'i wneud.",
        planned = "Gwneir cais amdano cyn recriwtio.",
        not_needed = "Nid oes ei angen ar gyfer yr astudiaeth hon; dywedwch pam yn y nodiadau.",
      },
    } },
    risks = { columns = { likelihood = {
      low = "Annhebygol o ddigwydd.",
      medium = "Gallai'n hawdd ddigwydd.",
      high = "Tebygol o ddigwydd.",
    } } },
  },
  follow_up = {
    linkage_sources = {
      education = "Presenoldeb ysgol, gwaharddiadau, cyrhaeddiad, anghenion dysgu ychwanegol (cronfa ddata genedlaethol disgyblion neu gofnodion y cyngor ei hun).",
      social_care = "Atgyfeiriadau, asesiadau, cynlluniau amddiffyn plant, cyfnodau mewn gofal.",
      health = "Cysylltiadau â meddyg teulu, ymwelydd iechyd, adran achosion brys neu wasanaethau iechyd meddwl.",
      police = "Digwyddiadau a chysylltiadau sy'n ymwneud â'r teulu.",
      housing = "Symud tŷ, ceisiadau digartrefedd.",
      other = "Disgrifiwch ef isod.",
    },
  },
  replication = {
    study_type = {
      effectiveness = "Staff cyffredin, amodau cyffredin, ar raddfa fwy.",
      efficacy = "Yr un amodau â'r astudiaeth gyntaf, mewn lle arall.",
      multi_site = "Sawl ardal neu ddarparwr mewn un astudiaeth, yn profi a yw'r effaith yn dal ar draws pob un.",
    },
    design = {
      individual_rct = "Teuluoedd wedi'u dyrannu ar hap.",
      cluster_rct = "Canolfannau neu dimau cyfan wedi'u dyrannu ar hap.",
      stepped_wedge = "Mae safleoedd yn dechrau mewn trefn ar hap.",
      rdd = "Yn cymharu teuluoedd bob ochr i bwynt torri cymhwysedd.",
      did = "Yn cymharu newid dros amser â grŵp tebyg.",
      matched = "Cyfranogwyr wedi'u paru â phobl debyg nad ydynt yn cymryd rhan.",
      its = "Llawer o fisoedd o ddata arferol cyn ac ar ôl.",
      pre_post = "Dim grŵp cymharu: ni all hwn gyfrif fel ailadrodd trylwyr.",
    },
  },
  value_for_money = {
    type = {
      cost_analysis = "Beth yw cost y gwasanaeth yn gyfan gwbl, fesul teulu sy'n dechrau a fesul teulu sy'n cwblhau.",
      cost_effectiveness = "Cost fesul uned o un prif ganlyniad, o'i chymharu â'r dewis arall.",
      cost_benefit = "Gwerthoedd ariannol ar gyfer costau a chanlyniadau; mae'n dangos a yw buddion yn fwy na chostau (gwerth presennol net, cymhareb budd a chost).",
      cost_consequence = "Costau wedi'u hadrodd wrth ymyl pob canlyniad yn ei unedau ei hun, heb eu cyfuno; yn gweddu i wasanaethau sydd â llawer o ganlyniadau.",
      sroi = "Gwerth cymdeithasol fesul punt a fuddsoddir, wedi'i brisio gyda rhanddeiliaid; mae'n addasu ar gyfer newid a fyddai wedi digwydd beth bynnag.",
    },
    perspective = {
      single_agency = "Dim ond costau ac arbedion i'r sefydliad sy'n talu am y gwasanaeth.",
      local_authority = "Costau ac arbedion ar draws gwasanaethau'r cyngor.",
      public_sector = "Y cyngor, y GIG, ysgolion, yr heddlu a chyfiawnder: y dewis arferol ar gyfer gwasanaethau cyhoeddus.",
      health = "Y GIG a gofal cymdeithasol, fel yn arfarniadau NICE.",
      society = "Pawb, gan gynnwys costau ac amser teuluoedd eu hunain ac amser gwirfoddolwyr.",
    },
    comparator = {
      usual_support = "Y gwasanaethau y byddai teuluoedd yn eu cael beth bynnag.",
      waitlist = "Cymorth wedi'i ohirio, fel mewn treial rhestr aros.",
      alternative_service = "Rhaglen wahanol ar gyfer yr un teuluoedd.",
      nothing = "Dim ond pan na fyddai teuluoedd yn cael dim byd arall mewn gwirionedd.",
    },
    cost_items = { columns = {
      category = {
        staff = "Amser staff darparu, gan gynnwys amser paratoi a theithio.",
        training = "Hyfforddiant cychwynnol a gloywi, a thrwyddedau.",
        supervision = "Amser goruchwylwyr a rheolwyr.",
        materials = "Llawlyfrau, taflenni, offer.",
        venue = "Llogi ystafell neu gyfran o gostau adeilad.",
        travel = "Milltiroedd a thocynnau teithio.",
        overheads = "Costau rheoli, adnoddau dynol, TG a chyllid.",
        other = "Unrhyw beth arall, fel crèche neu luniaeth.",
      },
      kind = {
        setup = "Yn cael ei dalu unwaith i ddechrau'r gwasanaeth.",
        recurrent = "Yn cael ei dalu bob blwyddyn y mae'r gwasanaeth yn rhedeg.",
      },
    } },
    health_discount = {
      green_book = "Cyfradd Trysorlys EF ar gyfer effeithiau iechyd, ar gyfer arfarnu yn y sector cyhoeddus.",
      nice = "Cyfradd NICE, ar gyfer arfarnu technolegau iechyd.",
    },
  },
  quality_assurance = {
    dashboard = {
      referrals = "Pwy sy'n cael eu hatgyfeirio ac a ydynt yn cyfateb i'r teuluoedd a fwriadwyd.",
      attendance = "Sesiynau a fynychwyd fesul teulu.",
      completion = "Cyfran y rhai sy'n dechrau sy'n cwblhau.",
      fidelity = "Cyfran yr elfennau craidd a ddarparwyd.",
      outcomes = "Y newid cyfartalog cyn ac ar ôl.",
      satisfaction = "Adborth teuluoedd.",
      costs = "Cost fesul teulu.",
    },
    review_cycle = {
      monthly = "Yn gweddu i'r flwyddyn gyntaf mewn safle newydd.",
      quarterly = "Y dewis arferol unwaith y bydd y ddarpariaeth wedi setlo.",
      six_monthly = "Ar gyfer gwasanaethau aeddfed, sefydlog.",
      yearly = "Rhy araf i ddal y rhan fwyaf o broblemau'n gynnar; cyfunwch ef â gwiriadau amlach.",
    },
  },
}

-- An option's translation becomes { label = ..., help = ... }; each field
-- gets its own options table, since some are shared (informant, designs).
local function add_option_help(t, helps)
  local opts = {}
  for v, o in pairs(t.options or {}) do opts[v] = o end
  for v, h in pairs(helps) do
    local o = opts[v]
    if type(o) == "table" then
      opts[v] = { label = o.label, help = h }
    else
      opts[v] = { label = o, help = h }
    end
  end
  t.options = opts
end
for sid, fs in pairs(option_help) do
  for fid, helps in pairs(fs) do
    local st = cy.steps[sid]
    local f = st.fields[fid]
    if not f then f = {} st.fields[fid] = f end
    if helps.columns then
      f.columns = f.columns or {}
      for cid, ch in pairs(helps.columns) do
        local c = f.columns[cid]
        if not c then c = {} f.columns[cid] = c end
        add_option_help(c, ch)
      end
    else
      add_option_help(f, helps)
    end
  end
end

for sid, h in pairs(help) do
  local st = cy.steps[sid]
  if not st then st = {} cy.steps[sid] = st end
  st.guidance = h.guidance
  st.fields = st.fields or {}
  for fid, fh in pairs(h.fields or {}) do
    local f = st.fields[fid]
    if not f then f = {} st.fields[fid] = f end
    if type(fh) == "string" then
      f.help = fh
    else
      f.help = fh.help
      f.columns = f.columns or {}
      for cid, ch in pairs(fh.columns or {}) do
        local c = f.columns[cid]
        if not c then c = {} f.columns[cid] = c end
        c.help = ch
      end
    end
  end
end

return cy

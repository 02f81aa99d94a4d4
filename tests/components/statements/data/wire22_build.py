"""Writes wire22_tune.json / wire22_held_out.json (hand-written articles, expected statements).

    python tests/components/statements/data/wire22_build.py tests/components/statements/data

Same format as wire19-21 (scored by ``wire19_score.py --set wire22``).  Rich in a governing verb between
the source and what it said ("Le ministre de la Sécurité s'est contenté d'évoquer « … »") and non-responses
("The Kremlin did not respond to a request for comment": no statement, so no gold), a parenthetical
between subject and cue ("Минобороны, в свою очередь, заявило", "Le gouvernement de transition, de son
côté, a affirmé", "Baku, for its part, said", "Повітряні сили, своєю чергою, заявили"), a refusal
followed by a participle's statement ("Песков отказался отвечать, отметив, что …", "declined to comment,
adding that …", "a refusé de commenter, en ajoutant que …": the participle's statement is gold, the
refusal none), agency acronyms as English sources ("UKMTO said", "OCHA said", "IOM said", "UNICEF said";
``chain`` gives the one link expected), and agentless passive reports with no source ("No casualties
were reported", "Aucune victime civile n'a été signalée", "О пострадавших не сообщается", "Про
постраждалих не повідомляється": no gold); ordinary attribution around them."""
import sys

from wire_build import Articles, S

OUT = sys.argv[1]
ART = Articles()
A = ART.add


# ---------------- English ----------------
A("en01", "en", "tune",
  "Houthis claim missile attack on tanker in Red Sea\n\n"
  "ADEN, March 3 (Reuters) - A Liberian-flagged tanker was hit by a missile about 60 nautical miles southwest of "
  "Hodeidah on Monday, the British military's maritime security agency said. UKMTO said all crew members were "
  "accounted for and a small fire on deck had been put out. Houthi military spokesman Yahya Saree said in a televised "
  "address that the group had targeted the ship because it was bound for Israel. No casualties were reported. "
  "Washington, for its part, said it would hold the Houthis responsible.\n",
  [S("Houthis", "claim", "missile attack on tanker in Red Sea"),
   S("the British military's maritime security agency", "said",
     "A Liberian-flagged tanker was hit by a missile about 60 nautical miles southwest of Hodeidah on Monday"),
   S("UKMTO", "said", "all crew members were accounted for and a small fire on deck had been put out", ["UKMTO"]),
   S("Houthi military spokesman Yahya Saree", "said",
     "the group had targeted the ship because it was bound for Israel"),
   S("Washington", "said", "it would hold the Houthis responsible")])
A("en02", "en", "tune",
  "HELSINKI, Jan 8 (AP) - An undersea power cable between Finland and Estonia was damaged on Tuesday, Finnish police "
  "said. Investigators told reporters that a ship's anchor had been dragged across the seabed for dozens of "
  "kilometres. The Kremlin did not respond to a request for comment on the vessel, which sailed from a Russian port. "
  "Estonia's prime minister said the damage was \"no accident\". NATO, for its part, said it would send more ships "
  "to the Baltic.\n",
  [S("Finnish police", "said", "An undersea power cable between Finland and Estonia was damaged on Tuesday"),
   S("Investigators", "told", "a ship's anchor had been dragged across the seabed for dozens of kilometres"),
   S("Estonia's prime minister", "said", "the damage was \"no accident\""),
   S("NATO", "said", "it would send more ships to the Baltic")])
A("en03", "en", "tune",
  "El Fasher shelling kills 12 at market, doctors say\n\n"
  "NAIROBI, June 19 (Reuters) - Shelling by the Rapid Support Forces killed at least 12 people at a market in El "
  "Fasher on Thursday, according to a doctors' group in North Darfur. OCHA said aid convoys had been unable to reach "
  "the city for three weeks. An RSF adviser declined to comment on the shelling, adding that the army was using the "
  "market to store weapons. Sudan's army-aligned government said the attack was \"a war crime\".\n",
  [S("doctors", "say", "El Fasher shelling kills 12 at market"),
   S("a doctors' group in North Darfur", "according to",
     "Shelling by the Rapid Support Forces killed at least 12 people at a market in El Fasher on Thursday"),
   S("OCHA", "said", "aid convoys had been unable to reach the city for three weeks", ["OCHA"]),
   S("An RSF adviser", "adding", "the army was using the market to store weapons"),
   S("Sudan's army-aligned government", "said", "the attack was \"a war crime\"")])
A("en04", "en", "held_out",
  "YEREVAN, Oct 22 (Reuters) - Azerbaijani troops fired on Armenian positions near the village of Tegh overnight, "
  "Armenia's defence ministry said. Baku, for its part, said Armenian forces had opened fire first. No casualties "
  "were reported. The European Union's monitoring mission did not respond to a request for comment. A village head "
  "told Reuters by phone that shooting had lasted about an hour.\n",
  [S("Armenia's defence ministry", "said",
     "Azerbaijani troops fired on Armenian positions near the village of Tegh overnight"),
   S("Baku", "said", "Armenian forces had opened fire first"),
   S("A village head", "told", "shooting had lasted about an hour", ["Reuters", "A village head"])])
A("en05", "en", "held_out",
  "Gang attack forces thousands from Haitian town, IOM says\n\n"
  "PORT-AU-PRINCE, Feb 11 (AP) - Gunmen attacked the town of Mirebalais overnight, freeing hundreds of inmates from "
  "its prison, police said. IOM said more than 6,000 people had fled toward Hinche. A police spokesman declined to "
  "give a death toll, adding that officers had retaken the police station by morning. According to residents, the "
  "gunmen set fire to the town hall.\n",
  [S("IOM", "says", "Gang attack forces thousands from Haitian town", ["IOM"]),
   S("police", "said", "Gunmen attacked the town of Mirebalais overnight, freeing hundreds of inmates from its prison"),
   S("IOM", "said", "more than 6,000 people had fled toward Hinche", ["IOM"]),
   S("A police spokesman", "adding", "officers had retaken the police station by morning"),
   S("residents", "According to", "the gunmen set fire to the town hall")])
A("en06", "en", "held_out",
  "BANGKOK, Aug 30 (Reuters) - A military air strike hit a monastery in Sagaing region on Friday, killing at least 20 "
  "civilians sheltering there, a local rescue group said. The junta's spokesman did not respond to calls seeking "
  "comment. The Arakan Army, for its part, said its fighters had captured two more army bases in Rakhine state. "
  "UNICEF said four of the dead were children. \"We heard the jet twice,\" a monk told Reuters.\n",
  [S("a local rescue group", "said",
     "A military air strike hit a monastery in Sagaing region on Friday, killing at least 20 civilians sheltering there"),
   S("The Arakan Army", "said", "its fighters had captured two more army bases in Rakhine state"),
   S("UNICEF", "said", "four of the dead were children", ["UNICEF"]),
   S("a monk", "told", "We heard the jet twice", ["Reuters", "a monk"])])

# ---------------- French ----------------
A("fr01", "fr", "tune",
  "OUAGADOUGOU, 14 mars (AFP) - Des hommes armés ont attaqué samedi un convoi de ravitaillement près de Djibo, dans le "
  "nord du Burkina Faso, selon des sources sécuritaires. Le gouvernement de transition, de son côté, a affirmé que "
  "l'armée avait « neutralisé plusieurs dizaines de terroristes ». Aucune victime civile n'a été signalée. Le "
  "ministre de la Sécurité s'est contenté d'évoquer « une riposte vigoureuse » lors d'un point de presse.\n",
  [S("des sources sécuritaires", "selon",
     "Des hommes armés ont attaqué samedi un convoi de ravitaillement près de Djibo, dans le nord du Burkina Faso"),
   S("Le gouvernement de transition", "affirmé", "l'armée avait « neutralisé plusieurs dizaines de terroristes »"),
   S("Le ministre de la Sécurité", "évoquer", "une riposte vigoureuse")])
A("fr02", "fr", "tune",
  "Mali : frappes de drones près de Kidal, selon des élus locaux\n\n"
  "BAMAKO, 2 septembre - L'armée malienne a mené lundi des frappes de drones contre des positions rebelles au nord de "
  "Kidal, a annoncé l'état-major dans un communiqué. Un élu local a déclaré à l'AFP que huit civils avaient été tués, "
  "dont trois enfants. Interrogé sur ce bilan, le porte-parole du gouvernement a refusé de commenter, en ajoutant que "
  "l'armée « ne vise que des terroristes ». Le Front de libération de l'Azawad a dénoncé « un massacre ».\n",
  [S("des élus locaux", "selon", "Mali : frappes de drones près de Kidal"),
   S("l'état-major", "annoncé",
     "L'armée malienne a mené lundi des frappes de drones contre des positions rebelles au nord de Kidal"),
   S("Un élu local", "déclaré", "huit civils avaient été tués, dont trois enfants", ["AFP", "Un élu local"]),
   S("le porte-parole du gouvernement", "ajoutant", "l'armée « ne vise que des terroristes »"),
   S("Le Front de libération de l'Azawad", "dénoncé", "un massacre")])
A("fr03", "fr", "tune",
  "BEYROUTH, 27 novembre (Reuters) - Une frappe israélienne a visé mercredi un véhicule près de Nabatiyé, dans le sud "
  "du Liban, a rapporté l'agence nationale d'information. La Finul a indiqué que ses casques bleus avaient entendu "
  "plusieurs explosions près de leurs positions. L'armée israélienne, de son côté, a affirmé avoir éliminé un "
  "commandant du Hezbollah. Le Hezbollah n'a pas répondu aux sollicitations de Reuters.\n",
  [S("l'agence nationale d'information", "rapporté",
     "Une frappe israélienne a visé mercredi un véhicule près de Nabatiyé, dans le sud du Liban"),
   S("La Finul", "indiqué", "ses casques bleus avaient entendu plusieurs explosions près de leurs positions"),
   S("L'armée israélienne", "affirmé", "avoir éliminé un commandant du Hezbollah")])
A("fr04", "fr", "held_out",
  "BUNIA, 5 mai (AFP) - Des miliciens de la CODECO ont tué au moins quinze personnes dans un camp de déplacés en "
  "Ituri, a indiqué dimanche un responsable de la société civile. Le gouverneur militaire de la province s'est "
  "contenté d'évoquer « des pertes en vies humaines » sans donner de bilan. La Monusco, de son côté, a affirmé que "
  "ses casques bleus avaient repoussé les assaillants. Selon Médecins sans frontières, une trentaine de blessés ont "
  "été soignés à l'hôpital de Bunia.\n",
  [S("un responsable de la société civile", "indiqué",
     "Des miliciens de la CODECO ont tué au moins quinze personnes dans un camp de déplacés en Ituri"),
   S("Le gouverneur militaire de la province", "évoquer", "des pertes en vies humaines"),
   S("La Monusco", "affirmé", "ses casques bleus avaient repoussé les assaillants"),
   S("Médecins sans frontières", "Selon", "une trentaine de blessés ont été soignés à l'hôpital de Bunia")])
A("fr05", "fr", "held_out",
  "Moldavie : un drone s'écrase près de la frontière ukrainienne\n\n"
  "CHISINAU, 18 février (Reuters) - Un drone s'est écrasé dans un champ près de la ville de Cahul, a annoncé lundi la "
  "police des frontières moldave. Aucun blessé n'a été signalé. Le ministère des Affaires étrangères, de son côté, a "
  "dénoncé « une violation inacceptable de l'espace aérien ». La présidente Maia Sandu a déclaré que la Moldavie ne "
  "se laisserait pas « intimider ». Le Kremlin n'a pas répondu à une demande de commentaire.\n",
  [S("la police des frontières moldave", "annoncé", "Un drone s'est écrasé dans un champ près de la ville de Cahul"),
   S("Le ministère des Affaires étrangères", "dénoncé", "une violation inacceptable de l'espace aérien"),
   S("La présidente Maia Sandu", "déclaré", "la Moldavie ne se laisserait pas « intimider »")])
A("fr06", "fr", "held_out",
  "NIAMEY, 9 juillet (AFP) - Des soldats nigériens ont été tués dans une attaque près de la frontière avec le Bénin, a "
  "déclaré mardi le ministère de la Défense, sans préciser leur nombre. Interrogé par la télévision nationale, le "
  "ministre de la Défense a refusé de donner un bilan, en ajoutant que les assaillants venaient du Bénin. Cotonou, de "
  "son côté, a démenti toute implication. D'après une source sécuritaire béninoise, l'attaque a été revendiquée par "
  "un groupe jihadiste.\n",
  [S("le ministère de la Défense", "déclaré",
     "Des soldats nigériens ont été tués dans une attaque près de la frontière avec le Bénin"),
   S("le ministre de la Défense", "ajoutant", "les assaillants venaient du Bénin"),
   S("Cotonou", "démenti", "toute implication"),
   S("une source sécuritaire béninoise", "D'après", "l'attaque a été revendiquée par un groupe jihadiste")])

# ---------------- Russian ----------------
A("ru01", "ru", "tune",
  "БЕЛГОРОД, 12 мая — Губернатор Белгородской области Вячеслав Гладков сообщил в Telegram, что в результате атаки "
  "беспилотника на Шебекино повреждены два жилых дома. О пострадавших не сообщается. Минобороны, в свою очередь, "
  "заявило, что над областью за ночь перехвачены 14 украинских дронов. По словам местных жителей, взрывы были слышны "
  "около трех часов ночи.\n",
  [S("Губернатор Белгородской области Вячеслав Гладков", "сообщил",
     "в результате атаки беспилотника на Шебекино повреждены два жилых дома"),
   S("Минобороны", "заявило", "над областью за ночь перехвачены 14 украинских дронов"),
   S("местных жителей", "По словам", "взрывы были слышны около трех часов ночи")])
A("ru02", "ru", "tune",
  "МОСКВА, 4 марта — Отвечая на вопрос о возможной встрече президентов в Стамбуле, пресс-секретарь Кремля Дмитрий "
  "Песков отказался от комментариев, добавив, что «конкретных договоренностей пока нет». Глава МИД Турции заявил "
  "журналистам, что Анкара готова принять переговоры. Как сообщает агентство ТАСС, российская делегация может "
  "вылететь в Турцию уже на этой неделе. Украинская сторона, в свою очередь, сообщила о готовности к встрече на "
  "уровне министров.\n",
  [S("пресс-секретарь Кремля Дмитрий Песков", "добавив", "«конкретных договоренностей пока нет»"),
   S("Глава МИД Турции", "заявил", "Анкара готова принять переговоры"),
   S("агентство ТАСС", "сообщает", "российская делегация может вылететь в Турцию уже на этой неделе"),
   S("Украинская сторона", "сообщила", "о готовности к встрече на уровне министров")])
A("ru03", "ru", "tune",
  "СУХУМ, 20 ноября — Протестующие захватили здание парламента Абхазии, сообщило местное издание «Апсныпресс». "
  "Президент республики, в свою очередь, назвал происходящее попыткой госпереворота. Жертв нет, сообщили в Минздраве. "
  "МИД России призвал стороны к сдержанности.\n",
  [S("местное издание «Апсныпресс»", "сообщило", "Протестующие захватили здание парламента Абхазии"),
   S("Президент республики", "назвал", "попыткой госпереворота"),
   S("в Минздраве", "сообщили", "Жертв нет"),
   S("МИД России", "призвал", "стороны к сдержанности")])
A("ru04", "ru", "held_out",
  "НОВОРОССИЙСК, 17 августа — Безэкипажные катера ВСУ атаковали порт Новороссийска, сообщил оперативный штаб "
  "Краснодарского края. Российское Министерство обороны, в свою очередь, сообщило об уничтожении пяти безэкипажных "
  "катеров в акватории Черного моря. О пострадавших не сообщается. Как передает агентство Reuters, работа нефтяного "
  "терминала была временно приостановлена.\n",
  [S("оперативный штаб Краснодарского края", "сообщил", "Безэкипажные катера ВСУ атаковали порт Новороссийска"),
   S("Российское Министерство обороны", "сообщило", "об уничтожении пяти безэкипажных катеров в акватории Черного моря"),
   S("агентство Reuters", "передает", "работа нефтяного терминала была временно приостановлена")])
A("ru05", "ru", "held_out",
  "БАМАКО, 29 июля — Боевики атаковали колонну «Африканского корпуса» на севере Мали, сообщил источник в силовых "
  "структурах страны. В Минобороны России от комментариев отказались. Повстанцы, в свою очередь, заявили, что "
  "захватили несколько единиц техники. По данным местных СМИ, бои продолжались весь день.\n",
  [S("источник в силовых структурах страны", "сообщил", "Боевики атаковали колонну «Африканского корпуса» на севере Мали"),
   S("Повстанцы", "заявили", "захватили несколько единиц техники"),
   S("местных СМИ", "По данным", "бои продолжались весь день")])
A("ru06", "ru", "held_out",
  "МОСКВА, 8 июня — На вопрос журналистов о сообщениях про удар по аэродрому под Иркутском Дмитрий Песков отказался "
  "отвечать, отметив, что этим вопросом занимаются военные. Губернатор Иркутской области заявил, что пожар на "
  "территории части потушен. Жертв среди мирного населения нет, сообщили в региональном МЧС. Украинские военные, в "
  "свою очередь, заявили о поражении четырех самолетов.\n",
  [S("Дмитрий Песков", "отметив", "этим вопросом занимаются военные"),
   S("Губернатор Иркутской области", "заявил", "пожар на территории части потушен"),
   S("в региональном МЧС", "сообщили", "Жертв среди мирного населения нет"),
   S("Украинские военные", "заявили", "о поражении четырех самолетов")])

# ---------------- Ukrainian ----------------
A("uk01", "uk", "tune",
  "ОДЕСА, 23 квітня — Росіяни вночі атакували портову інфраструктуру Одещини ударними дронами, повідомив начальник "
  "обласної військової адміністрації Олег Кіпер. Про постраждалих не повідомляється. Повітряні сили, своєю чергою, "
  "заявили, що над областю збили 11 безпілотників. За словами речника Сил оборони півдня, пошкоджено зерновий "
  "термінал.\n",
  [S("начальник обласної військової адміністрації Олег Кіпер", "повідомив",
     "Росіяни вночі атакували портову інфраструктуру Одещини ударними дронами"),
   S("Повітряні сили", "заявили", "над областю збили 11 безпілотників"),
   S("речника Сил оборони півдня", "За словами", "пошкоджено зерновий термінал")])
A("uk02", "uk", "tune",
  "Пєсков відмовився коментувати удар по Сумах\n\n"
  "КИЇВ, 14 квітня — Речник Кремля Дмитро Пєсков відмовився коментувати удар по центру Сум, зазначивши, що армія "
  "«б'є лише по військових об'єктах». Голова Сумської ОВА заявив, що загинули 34 людини, серед них двоє дітей. "
  "Міністр закордонних справ України сказав, що удар є воєнним злочином. Як повідомляє Укрінформ, у місті оголошено "
  "триденну жалобу.\n",
  [S("Речник Кремля Дмитро Пєсков", "зазначивши", "армія «б'є лише по військових об'єктах»"),
   S("Голова Сумської ОВА", "заявив", "загинули 34 людини, серед них двоє дітей"),
   S("Міністр закордонних справ України", "сказав", "удар є воєнним злочином"),
   S("Укрінформ", "повідомляє", "у місті оголошено триденну жалобу")])
A("uk03", "uk", "tune",
  "КИШИНІВ, 2 січня — Придністров'я залишилося без російського газу, повідомила адміністрація регіону. У Кишиневі "
  "заявили, що готові допомогти з постачанням електроенергії. Газпром, у свою чергу, повідомив про припинення "
  "поставок через борги Молдови. Як передає агентство Reuters, на підприємствах регіону зупинили виробництво.\n",
  [S("адміністрація регіону", "повідомила", "Придністров'я залишилося без російського газу"),
   S("У Кишиневі", "заявили", "готові допомогти з постачанням електроенергії"),
   S("Газпром", "повідомив", "про припинення поставок через борги Молдови"),
   S("агентство Reuters", "передає", "на підприємствах регіону зупинили виробництво")])
A("uk04", "uk", "held_out",
  "ХАРКІВ, 5 жовтня — Росіяни скинули керовану авіабомбу на житловий квартал Харкова, повідомив мер міста Ігор "
  "Терехов. Генштаб ЗСУ, своєю чергою, заявив, що ворог за добу здійснив 40 атак на Куп'янському напрямку. Про "
  "загиблих не повідомляється. За даними поліції, поранено вісім людей.\n",
  [S("мер міста Ігор Терехов", "повідомив", "Росіяни скинули керовану авіабомбу на житловий квартал Харкова"),
   S("Генштаб ЗСУ", "заявив", "ворог за добу здійснив 40 атак на Куп'янському напрямку"),
   S("поліції", "За даними", "поранено вісім людей")])
A("uk05", "uk", "held_out",
  "ВАРШАВА, 10 вересня — Польща закрила повітряний простір над східними районами після того, як російські дрони "
  "перетнули кордон, повідомило Оперативне командування. Прем'єр-міністр Дональд Туск заявив у Сеймі, що йдеться "
  "про «акт агресії». У Москві, своєю чергою, заявили, що не планували ударів по території Польщі. Як повідомляє "
  "Польське радіо, уламки одного з дронів знайшли у селі на Люблінщині.\n",
  [S("Оперативне командування", "повідомило",
     "Польща закрила повітряний простір над східними районами після того, як російські дрони перетнули кордон"),
   S("Прем'єр-міністр Дональд Туск", "заявив", "йдеться про «акт агресії»"),
   S("У Москві", "заявили", "не планували ударів по території Польщі"),
   S("Польське радіо", "повідомляє", "уламки одного з дронів знайшли у селі на Люблінщині")])
A("uk06", "uk", "held_out",
  "ЗАПОРІЖЖЯ, 19 грудня — Окупанти обстріляли Запоріжжя з реактивних систем залпового вогню, повідомив голова ОВА "
  "Іван Федоров. Речник Міноборони Росії відмовився відповідати на запитання журналістів, додавши, що удари "
  "завдаються «по об'єктах ЗСУ». Постраждалих немає, уточнили в ДСНС. За словами місцевих мешканців, вибухи лунали "
  "близько пів години.\n",
  [S("голова ОВА Іван Федоров", "повідомив", "Окупанти обстріляли Запоріжжя з реактивних систем залпового вогню"),
   S("Речник Міноборони Росії", "додавши", "удари завдаються «по об'єктах ЗСУ»"),
   S("в ДСНС", "уточнили", "Постраждалих немає"),
   S("місцевих мешканців", "За словами", "вибухи лунали близько пів години")])

ART.write(OUT, "wire22")

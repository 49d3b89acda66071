namespace AsLMS.Scoring.Seasons;

/// <summary>
/// The sources the built-in rule sets cite, as they appear in <see cref="Rules.Provenance.Sources"/>. The S-numbers are those of
/// the project's regulation notes (<c>regulations.md</c>, section 8); sources found while building the catalog have no number.
/// </summary>
internal static class Sources
{
    public const string S1 = "S1: en.wikipedia.org/wiki/2009_1000_km_of_Okayama";
    public const string S2 = "S2: autoracing1.com/pl/210722 (2013 AsLMS update sporting regulations)";
    public const string S3 = "S3: planetlemans.com/2009/02/26/more-news-from-paris-asian-le-mans-series/";
    public const string S4 = "S4: en.wikipedia.org/wiki/2013_Asian_Le_Mans_Series";
    public const string S5 = "S5: archive2.dailysportscar.com/viewArticle.cfm@articleUID=D18E5B01-D024-1C2E-87A8A6738CB40D3A.html";
    public const string S6 = "S6: motorsport-total.com/asian-le-mans-series/news/asien-erfindet-die-gtc-am-klasse-13041904";
    public const string S7 = "S7: motorlegend.com/actualite-automobile/asian-le-mans-series-2013/7404-amp.html";
    public const string S8 = "S8: en.wikipedia.org/wiki/2014_Asian_Le_Mans_Series";
    public const string S9 = "S9: dsf.my/2013/12/asian-le-mans-series-schedule-and-classes-confirmed-for-2014-season";
    public const string S10 = "S10: cms3.gt-eins.at/asiatische-le-mans-serie/9282-asiatische-lm-serie-startet-in-thailand";
    public const string S11 = "S11: archivesovh.endurance-info.com/fr/?p=40067";
    public const string S12 = "S12: AUTOSPORT web, 2014-07-29, mixi.076.moe/view_news.pl?id=2987158&media_id=186";
    public const string S13 = "S13: archivesovh.endurance-info.com/fr/?p=80043";
    public const string S14 = "S14: en.wikipedia.org/wiki/2015%E2%80%9316_Asian_Le_Mans_Series";
    public const string S15 = "S15: archivesovh.endurance-info.com/fr/?p=101446";
    public const string S16 = "S16: atlanticracingteam.com/press-room/article/news-from-aco---the-asian-lemans-organizer.html";
    public const string S17 = "S17: sportscar365.com/lemans/wec/lmp2-pro-am-driver-classifications-to-continue-in-2015";
    public const string S18 = "S18: en.wikipedia.org/wiki/2016%E2%80%9317_Asian_Le_Mans_Series";
    public const string S19 = "S19: cms3.gt-eins.at/le-mans-wec/11813-4-le-mans-autoentrys-fuer-die-aslms";
    public const string S20 = "S20: speedweek.com/asianlms/news/103635/4h-Buriram-Asian-Le-Mans-Series-mit-27-Fahrzeugen.html";
    public const string S21 = "S21: asianlemansseries.com/series/categories/ (official class page, older versions)";
    public const string S22 = "S22: en.wikipedia.org/wiki/2017%E2%80%9318_Asian_Le_Mans_Series";
    public const string S23 = "S23: minamotographics.blogspot.com/2017/08/significant-changes-revealed-for-201718.html";
    public const string S24 = "S24: cms3.gt-eins.at/le-mans-wec/12243-finale-der-aslms-in-sepang";
    public const string S25 = "S25: cms3.gt-eins.at/le-mans-wec/12250-aslms-kalender-2018-19";
    public const string S26 = "S26: en.wikipedia.org/wiki/2018%E2%80%9319_Asian_Le_Mans_Series";
    public const string S27 = "S27: archivesovh2021.endurance-info.com/fr/une-saison-asian-le-mans-series-20182019-prometteuse";
    public const string S28 = "S28: fr.m.wikipedia.org/wiki/Asian_Le_Mans_Series_2018-2019";
    public const string S29 = "S29: asianlemansseries.com/news-and-features/news/latest-generation-lmp2-cars-eligible-in-2019-20/ (official, 18 Dec 2018)";
    public const string S30 = "S30: en.wikipedia.org/wiki/2019%E2%80%9320_Asian_Le_Mans_Series";
    public const string S31 = "S31: bongasat.com.br/temporada-2019-20-da-asian-le-mans-series-com-26-inscritos/amp; fr.wikipedia.org/wiki/Asian_Le_Mans_Series_2019-2020";
    public const string S32 = "S32: motorbugs.com/2019-2020-asian-le-mans-series-awards-ceremony";
    public const string S33 = "S33: wikiclassic.com/wiki/2021_Asian_Le_Mans_Series (mirror of en.wikipedia)";
    public const string S34 = "S34: endurance-info.com/fr/un-point-au-championnat-avant-les-deux-derniers-rendez-vous/ (Feb 2021)";
    public const string S35 = "S35: bullfrag.com/asian-le-mans-series-lose-invitations-to-le-mans-2022/ (Nov 2021)";
    public const string S36 = "S36: sportscar365.com/lemans/asian-lms/four-rround-gulf-region-format-retained-for-2022-season";
    public const string S37 = "S37: it.motorsport.com/aslms/news/alms-39-iscritti-al-2022-cinque-inviti-in-palio-per-le-mans/6843042/";
    public const string S38 = "S38: tempmscompetition.wf.totalenergies.com/fr/reglement-alms (TotalEnergies partner page, undated)";
    public const string S39 = "S39: kampuspedia.com/fr/Asian_Le_Mans_Series_2022 (mirror of fr.wikipedia)";
    public const string S40 = "S40: speedweek.com/24hlemans/news/188301/Drei-weitere-Einladungen-fuer-2022-Le-Mans-gewonnen.html";
    public const string S41 = "S41: speedweek.com/24hlemans/news/203987/Asian-Le-Mans-Series-geht-mit-48-Autos-in-Saison-2023.html";
    public const string S42 = "S42: speedweek.com/asianlms/news/201780/48-Autos-Asian-Le-Mans-Series-2023-mit-vollem-Feld.html";
    public const string S43 = "S43: speedweek.com/amp/24hlemans/news/216280/Zwei-Einladungen-fuer-24h-Le-Mans-2024-ueber-die-AsLMS.html";
    public const string S44 = "S44: sportscar365.com/lemans/asian-lms/36-cars-on-provisional-full-season-entry-list/";
    public const string S45 = "S45: speedweek.com/amp/24hlemans/news/218941/Zwei-weitere-Einladungen-fuer-24-Stunden-Le-Mans-2024.html";
    public const string S46 = "S46: en.wikipedia.org/wiki/2024%E2%80%9325_Asian_Le_Mans_Series";
    public const string S47 = "S47: motorsportweek.com/2025/02/17/le-mans-24-hours-invites-finalised-for-highly-anticipated-2025-race";
    public const string S48 = "S48: speedweek.com/fiawec/news/232571/Zwei-weitere-Einladungen-fuer-die-24h-Le-Mans-2025.html";
    public const string S49 = "S49: en.wikipedia.org/wiki/2025%E2%80%9326_Asian_Le_Mans_Series";
    public const string S50 = "S50: 51gt3.com/en/article/101146/2025-2026-asian-le-mans-series-gt-overview";
    public const string S51 = "S51: speedcafe.com/motorsport-news-2026-asian-le-mans-series-regulations-hypercar-class-added-details/";
    public const string S52 = "S52: 51gt3.com/ja/race/Asian-Le-Mans-Series";
    public const string S53 = "S53: 51gt3.com/de/article/101346/2025-2026-asian-le-mans-series-sporting-clarifications-overview";
    public const string S54 = "S54: asianlemansseries.com/en/page/classes (official, 2026-27 classes)";
    public const string S55 = "S55: sportscar365.com/lemans/asian-lms/class-for-privateer-hypercars-to-be-introduced-in-2026/";
    public const string S56 = "S56: sportscar365.com/lemans/asian-lms/manufacturers-offer-cautious-support-for-hypercar-class/";
    public const string S60 = "S60: motorsport-magazin.com/elms/news-208154-ueberblick-ueber-die-auszeichnungen-und-punkte/";
    public const string S61 = "S61: competition.total.com/en/raceway/endurance-home/endurance-challenges-rules/endurance-how-a-course-works.html";
    public const string S62 = "S62: wec-magazin.com/regulations/sporting-regulations/";
    public const string S63 = "S63: endurance24.fr/elms-une-invitation-automatique-supplementaire-pour-les-lmp2/";
    public const string S64 = "S64: 24h-lemans.com/fr/actualites/european-le-mans-series-la-saison-2019-demarre-ce-week-end-au-castellet-51270 (official ACO)";
    public const string S65 = "S65: fiawec.com/en/points/70 (official)";
    public const string S66 = "S66: thecheckeredflag.co.uk/2017/12/new-sporting-regulations-european-le-mans-series-2018/";
    public const string S67 = "S67: dailysportscar.com/2017/01/28/changes-to-2017-european-le-mans-series-regs-detailed.html";
    public const string S69 = "S69: lemans.org/en/page/driver-categorisation/2389 (official)";
    public const string S71 = "S71: autobabesmagazine.com/uploaded/Edition66/index_80.html (GT Asia and AsLMS alliance release, Oct 2016)";
    public const string S73 = "S73: porsche.com/germany/sportandevents/motorsport/customerracing/racing/lms/lemansseries/";
    public const string S74 = "S74: bongasat.com.br/cinco-equipes-garantem-convites-automaticos-para-as-24-horas-de-le-mans-apos-o-elms/amp";
    public const string S77 = "S77: fiawec.com/en/race-finish-and-classification/127 (official)";

    // Sources found while building the catalog (no S-number in the regulation notes).
    public const string AsLmsHistory = "en.wikipedia.org/wiki/Asian_Le_Mans_Series (champions tables, as in the project's history notes)";
    public const string Okayama2009De = "de.wikipedia.org/wiki/1000-km-Rennen_von_Okayama_2009 (final classification on aggregate)";
    public const string Okayama2009Lola = "lolaheritage.co.uk/old_news/2009/news046/news.html (2 x 136 laps, 3 h maximum each, race 1 on Saturday 31 Oct at 12:30)";
    public const string Plan2013 = "caradisiac.com/Asian-LMS-le-calendrier-2013-definitif-annonce-82113.htm (crews of two or three drivers, always an amateur and a professional)";
    public const string Calendar2013 = "cms3.gt-eins.at/asiatische-le-mans-serie/8736-rueckblick-auf-die-3h-von-zhuhai (Sepang on 8 Dec 2013)";
    public const string Fuji2013 = "de.wikipedia.org/wiki/3-Stunden-Rennen_von_Fuji_2013 (22 Sep 2013, results with a GTE class)";
    public const string Zhuhai2013 = "nihon.michelin.co.jp/Motorsports_report/lemans/2013/10/ (3 Hours of Zhuhai, race 13 Oct 2013; GTC and GTE titles)";
    public const string Shanghai2014 = "mixi.076.moe/view_news.pl?id=3093773&media_id=186 (AUTOSPORT web: Shanghai race on 11 Oct 2014)";
    public const string Buriram2014Cancelled = "cms3.gt-eins.at/asiatische-le-mans-serie/9637-asiatische-lms-shanghai-erneuter-oak-sieg (Buriram round cancelled)";
    public const string Zhuhai2016Start = "asianlemansseries.com/2016/10/ (official: 4 Hours of Zhuhai started at 1 o'clock)";
    public const string Fuji2016Start = "24h-lemans.com/en/news/asian-lms-race-performance-win-the-4-hours-of-fuji-44511 (official: green flag at 12:15 on Sunday)";
    public const string Calendar2021 = "de.motorsport.com/aslms/news/asiatische-lms-faehrt-doch-nicht-ganze-saison-in-abu-dhabi-21011401/5039983/";
    public const string Calendar2022 = "gulfnews.com/sport/uae-sport/motorsport-road-to-le-mans-starts-in-dubai-1.85424906 (12-13 and 19-20 Feb 2022; race 1 at 4.30pm)";
    public const string Season2023 = "en.wikipedia.org/wiki/2023_Asian_Le_Mans_Series";
    public const string Countback2023 = "autosport.pt/velocidade/dkr-leva-o-titulo-do-alms/ (2023 LMP3 title tied on 73 points, decided on more second places)";
    public const string Season2023To24 = "en.wikipedia.org/wiki/2023%E2%80%9324_Asian_Le_Mans_Series";
    public const string Sepang2023Start = "ferrari.com/en-CA/competizioni-gt/articles/weekend-preview-three-ferraris-line-up-for-asian-le-mans-series (both races at 2 p.m. local)";
    public const string Calendar2025To26 = "mattiperlecorse.com/index.php/pista/item/27858-annunciato-il-calendario-della-asian-le-mans-series-2025-26.html";
    public const string Sepang2025Start = "motorsporttelevision.de/gt-lmp/asian-le-mans-series/news-aslms/2864618 (both races at 06:00 CET)";
    public const string Hypercar2026 = "mattiperlecorse.com/index.php/pista/item/29254-l-hypercar-arriva-all-asian-le-mans-series.html";
    public const string Wec2025Calendar = "motorsportweek.com/2024/06/14/2025-fia-wec-calendar-unveiled-amid-imola-extension";
    public const string WecClasses = "dewiki.de/Lexikon/FIA-Langstrecken-Weltmeisterschaft (mirror of de.wikipedia: LMP2 left the WEC in 2024 but races at Le Mans)";
    public const string WecRegulations2025 = "fiawec.com/fr/news/2025-fia-wec-sporting-and-technical-regulations-approved/8114 (official, 17 Oct 2024: the minimum driving time to score is cut from 60 to 45 minutes)";
    public const string WecRegulations2025Report = "si.com/onsi/racing/wec/fia-announces-changes-to-world-endurance-championship-regulations-01jadq2bte8k (drivers who complete less than 45 minutes in a race score no FIA WEC points)";
    public const string WecRegulations2023 = "wec-magazin.de/regelwerk/sportliches-reglement/ (2023 summary: guest entries are classified but invisible for points; ties on wins)";
    public const string Elms2024Calendar = "motorbox.com/auto/sport/news/calendario-2024-doppio-round-italiano-con-lingresso-del-mugello";
    public const string Elms2024Season = "theinfolist.com/html/ALL/l/2/2024_ELMS.html (mirror of en.wikipedia: LMP2 Pro-Am for line-ups with a Bronze)";
}

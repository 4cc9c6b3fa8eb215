/// Names Lede knows without a model: countries, capitals and major cities, regions, demonyms,
/// major organisations, titles and words that look like names but are not. Lists written for Lede.
///
/// ```swift
/// Gazetteer.place("Kyiv")            // true
/// Gazetteer.organisation("NATO")     // true
/// Gazetteer.demonyms.contains("Polish")
/// ```
import LedeCore

enum Gazetteer {
    static func place(_ name: String) -> Bool { places.contains(name) }
    static func organisation(_ name: String) -> Bool { organisations.contains(name) }

    static let countries: WordSet = words("""
    Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|\
    Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Herzegovina|Botswana|Brazil|Brunei|\
    Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|\
    Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|\
    El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|\
    Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|\
    Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|\
    Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|\
    Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|\
    Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|\
    Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|\
    Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|\
    Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|\
    Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|\
    United Arab Emirates|United Kingdom|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|\
    United States|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|\
    U.S|US|USA|U.S.A|UK|U.K|UAE|Soviet Union|USSR|Greenland|Hong Kong|Puerto Rico|Tibet|Macau
    """)

    static let cities: WordSet = words("""
    Kyiv|Kiev|Minsk|Moscow|Warsaw|Berlin|Paris|London|Rome|Madrid|Lisbon|Vienna|Prague|Budapest|Bucharest|Sofia|\
    Athens|Ankara|Istanbul|Tehran|Baghdad|Damascus|Beirut|Jerusalem|Tel Aviv|Gaza|Cairo|Riyadh|Doha|Dubai|\
    Abu Dhabi|Kabul|Islamabad|Karachi|Delhi|New Delhi|Mumbai|Kolkata|Beijing|Shanghai|Hong Kong|Tokyo|Osaka|Seoul|\
    Pyongyang|Taipei|Manila|Jakarta|Bangkok|Hanoi|Singapore|Sydney|Melbourne|Auckland|Wellington|Ottawa|Toronto|\
    Montreal|Vancouver|Washington|New York|Los Angeles|Chicago|Houston|Boston|Miami|Atlanta|Dallas|Seattle|\
    San Francisco|Philadelphia|Detroit|Denver|Phoenix|Las Vegas|New Orleans|Baltimore|Mexico City|Havana|Bogota|\
    Caracas|Lima|Santiago|Buenos Aires|Brasilia|Rio de Janeiro|Sao Paulo|Lagos|Abuja|Nairobi|Addis Ababa|\
    Johannesburg|Cape Town|Pretoria|Kinshasa|Khartoum|Tripoli|Tunis|Algiers|Rabat|Dakar|Accra|Kampala|Harare|\
    Brussels|Amsterdam|The Hague|Copenhagen|Stockholm|Oslo|Helsinki|Dublin|Edinburgh|Geneva|Zurich|Bern|Munich|\
    Frankfurt|Hamburg|Milan|Naples|Barcelona|Valencia|Porto|Krakow|Gdansk|Lviv|Kharkiv|Odesa|Odessa|Mariupol|\
    Kherson|Zaporizhzhia|Dnipro|Bakhmut|Donetsk|Luhansk|Sevastopol|St. Petersburg|Saint Petersburg|Vilnius|Riga|\
    Tallinn|Chisinau|Tbilisi|Yerevan|Baku|Almaty|Astana|Tashkent|Bishkek|Dushanbe|Ashgabat|Ulaanbaatar|Belgrade|\
    Zagreb|Ljubljana|Sarajevo|Skopje|Tirana|Podgorica|Bratislava|Nicosia|Valletta|Reykjavik|Luxembourg|Monaco|\
    Hrodna|Grodno|Brest|Gomel|Homel|Vitebsk|Mogilev|Bucha|Irpin|Kramatorsk|Sumy|Chernihiv|Mykolaiv|Poltava
    """)

    static let regions: WordSet = words("""
    Donbas|Donbass|Crimea|Siberia|Chechnya|Caucasus|Balkans|Scandinavia|Europe|Asia|Africa|Antarctica|Arctic|\
    North America|South America|Latin America|Middle East|West Bank|Gaza Strip|Golan Heights|Kashmir|Kurdistan|\
    Catalonia|Bavaria|Silesia|Transnistria|Abkhazia|Ossetia|Tigray|Darfur|Sahel|Sahara|Patagonia|Amazon|\
    Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|\
    Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|\
    Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|\
    Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|\
    Wisconsin|Wyoming|Ontario|Quebec|Alberta|Queensland|Kherson|Zaporizhzhia|Kharkiv|Pacific|Atlantic|Baltic|\
    Black Sea|Mediterranean|Red Sea|South China Sea|Persian Gulf|Gulf|Taiwan Strait|Eastern Europe|Western Europe
    """)

    static let places: WordSet = countries.union(cities).union(regions)

    static let organisations: WordSet = words("""
    NATO|UN|U.N|United Nations|EU|European Union|European Commission|European Parliament|KGB|FSB|FBI|CIA|NSA|\
    WHO|World Health Organization|IMF|International Monetary Fund|World Bank|WTO|OPEC|G7|G20|Interpol|UNESCO|\
    UNICEF|UNHCR|Red Cross|Red Crescent|Amnesty International|Human Rights Watch|Kremlin|Pentagon|White House|\
    Congress|Senate|House of Representatives|Supreme Court|State Department|Justice Department|Parliament|\
    Bundestag|Duma|Knesset|Hamas|Hezbollah|Taliban|Islamic State|ISIS|al-Qaida|Al Qaeda|Wagner|Wagner Group|\
    The Associated Press|Associated Press|AP|Reuters|AFP|Agence France-Presse|BBC|CNN|Fox News|NPR|PBS|ABC|CBS|\
    NBC|MSNBC|Bloomberg|The New York Times|New York Times|The Washington Post|Washington Post|The Guardian|\
    The Wall Street Journal|Wall Street Journal|Al Jazeera|Politico|Axios|Google|Apple|Microsoft|Amazon|Meta|\
    Facebook|Twitter|Instagram|TikTok|YouTube|Telegram|OpenAI|Tesla|SpaceX|Boeing|Airbus|Toyota|Samsung|\
    Gazprom|Rosneft|Nasdaq|Federal Reserve|Fed|ECB|European Central Bank|Bank of England|NASA|ESA|FIFA|UEFA|IOC|\
    OSCE|Council of Europe|African Union|ASEAN|Arab League|Greenpeace|Doctors Without Borders|MSF|ICC|\
    International Criminal Court|Olympics|Democrats|Republicans|Democratic Party|Republican Party|Labour|\
    Conservatives|Tories|SPD|CDU
    """)

    /// Adjectives of nationality: never a person's name, often the start of a description.
    static let demonyms: WordSet = words("""
    American|Americans|British|Briton|Britons|English|Scottish|Welsh|Irish|French|German|Germans|Italian|Italians|\
    Spanish|Portuguese|Dutch|Belgian|Swiss|Austrian|Polish|Pole|Poles|Czech|Slovak|Hungarian|Romanian|Bulgarian|\
    Greek|Turkish|Russian|Russians|Ukrainian|Ukrainians|Belarusian|Belarusians|Lithuanian|Latvian|Estonian|\
    Finnish|Swedish|Norwegian|Danish|Icelandic|Serbian|Croatian|Bosnian|Albanian|Georgian|Armenian|Azerbaijani|\
    Kazakh|Uzbek|Chinese|Japanese|Korean|Taiwanese|Vietnamese|Thai|Indian|Indians|Pakistani|Afghan|Iranian|Iraqi|\
    Syrian|Lebanese|Israeli|Israelis|Palestinian|Palestinians|Egyptian|Saudi|Jordanian|Yemeni|Libyan|Tunisian|\
    Algerian|Moroccan|Nigerian|Kenyan|Ethiopian|Somali|Sudanese|South African|Canadian|Canadians|Mexican|\
    Mexicans|Brazilian|Argentine|Argentinian|Chilean|Colombian|Venezuelan|Cuban|Peruvian|Australian|Australians|\
    New Zealander|European|Europeans|African|Africans|Asian|Asians|Soviet|Western|Eastern|Arab|Arabs|Jewish|\
    Muslim|Muslims|Christian|Christians|Catholic|Orthodox|Kurdish|Kurds|Chechen|Crimean|Baltic|Nordic|Slavic
    """)

    /// Words that stand before a name as a title or office ("President Alexander Lukashenko").
    static let titles: WordSet = words("""
    President|Vice|Prime|Minister|Foreign|Defense|Defence|Interior|Finance|Deputy|Chancellor|King|Queen|Prince|\
    Princess|Pope|Sheikh|Emir|Sultan|Ayatollah|Governor|Gov|Senator|Sen|Representative|Rep|Mayor|Judge|Justice|\
    General|Gen|Admiral|Adm|Colonel|Col|Major|Maj|Captain|Capt|Lieutenant|Lt|Sergeant|Sgt|Corporal|Cpl|Private|\
    Commander|Commissioner|Secretary|Ambassador|Speaker|Chairman|Chairwoman|Chair|Director|Chief|Officer|Detective|\
    Inspector|Professor|Prof|Dr|Doctor|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Rev|Reverend|Father|Bishop|Archbishop|\
    Cardinal|Rabbi|Imam|Councillor|Councilor|Councilman|Councilwoman|Alderman|Assemblyman|Assemblywoman|Congressman|Congresswoman|Trooper|Constable|Superintendent|Sheriff|Patriarch|Metropolitan|Coach|Attorney|Chancellor|Premier|Leader|Opposition|Former|former|\
    State|Sen.|Gov.|Dr.|Mr.|Mrs.|Ms.
    """)

    /// Jobs written capitalised inside a run before a person's name ("Acme Events Founder Jane Roe",
    /// "Studio Lead Designer Sam Ortiz"): not titles before a name on their own ("Founder Roe" is not
    /// written), so read only inside a run, where two words of a name or more follow them.
    static let roleWords: WordSet = words("""
    Founder|Co-Founder|Cofounder|Co-founder|Owner|Co-Owner|Co-owner|CEO|CFO|CTO|COO|Designer|Planner|Editor|\
    Producer|Manager|Partner|Analyst|Economist|Strategist|Consultant|Researcher|Scientist|Engineer|Architect|\
    Chef|Nutritionist|Dietitian|Writer|Author|Curator|Dean|Lecturer|Fellow|Spokesperson|Spokesman|Spokeswoman|\
    Lawyer|Adviser|Advisor|Specialist|Therapist|Physician|Surgeon|Nurse|Organizer|Organiser|Coordinator
    """)

    /// Last words that make a capitalised phrase an organisation ("Belarus House", "Kastus Kalinouski unit").
    /// Last words that make a name a place: "Gull Island", "Hudson Bay", "Baker Street".
    static let placeWords: WordSet = words("""
    Island|Islands|Isle|Bay|River|Lake|Mountain|Mountains|Valley|Harbour|Harbor|County|City|Town|Village|\
    Street|Avenue|Road|Square|Beach|Coast|Peninsula|Strait|Sea|Ocean|Gulf|Province|Region|District|Oblast|\
    Canyon|Falls|Heights|Quay|Creek|Sound|Fjord|Desert|Forest|Empire|Kingdom|Republic|Caliphate|Emirate
    """)

    /// Last words of parks and gardens: places when the name has three words or more ("Redwater State Park").
    static let parkWords: WordSet = ["Park", "Parks", "Garden", "Gardens", "Reserve", "Zoo", "Preserve", "Monument"]

    /// Last words of days and eras ("Election Day", "Middle Ages", "Bronze Age"): a name of a time, not of anyone.
    static let eraWords: WordSet = ["Day", "Days", "Eve", "Age", "Ages", "Era", "Week", "Weekend", "Season"]

    /// First words that make a name a place: "Port Avery", "Mount Hood", "Cape Cod", "Fort Worth".
    static let placePrefixes: WordSet = ["Port", "Mount", "Lake", "Fort", "Cape", "Isle", "Lac", "Puerto", "Porto",
                                             "San", "Santa", "Santo", "São"]

    static let organisationWords: WordSet = words("""
    Line|Lines|Awards|Prize|Festival|Games|Cup|Championship|Championships|Olympics|Summit|Conference|Expo|\
    Productions|Pictures|Works|Interactive|Gaming|Studio|Edition|Program|Programme|Project|Infirmary|Clinic|\
    Reports|Review|Electronics|Station|Laboratory|Laboratories|Observatory|Legion|House|Ministry|Party|Army|Police|Council|Committee|Union|Bank|University|College|Company|Corp|\
    Corporation|Inc|Ltd|Group|Association|Agency|Press|News|Times|Post|Journal|Herald|Tribune|Church|Hospital|\
    School|Department|Court|Office|Parliament|Congress|Senate|Commission|Institute|Foundation|Fund|Federation|\
    Organization|Organisation|Forces|Force|Guard|Service|Services|Museum|Airlines|Airways|Bureau|Network|Club|\
    League|Battalion|Brigade|Regiment|Unit|Front|Movement|Centre|Center|Assembly|Authority|Board|Government|\
    Navy|Corps|Coalition|Alliance|Society|Trust|Cabinet|Railways|Television|Radio|Magazine|Records|Studios|\
    Motors|Holdings|Partners|Team|Freight|Shipping|Logistics|Energy|Pharmaceuticals|Technologies|Systems|Industries|Labs|Capital|Media|Entertainment|Foods|Oil|Mining|Steel|Insurance|Securities|Ventures|Airport|Academy|Initiative|Mission|Parliament|Tribunal|Council|Fleet|Defense|Defence
    """)

    /// Lower-case nouns that, before or after a name, make it an organisation ("another unit, X", "the X unit").
    static let organisationNouns: WordSet = words("""
    unit|regiment|battalion|brigade|group|organization|organisation|party|movement|company|firm|agency|militia|\
    band|network|association|union|charity|club|team|outlet|newspaper|channel|broadcaster|network|platform|\
    coalition|alliance|network|foundation|institute|ministry|department|bank|startup|corporation|faction|detachment
    """)

    /// Capitalised words that are never names: days, months, holidays and other calendar words.
    static let calendar: WordSet = words("""
    Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|\
    September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Christmas|Easter|\
    Ramadan|Thanksgiving|New Year|Hanukkah|Passover|Eid
    """)

    /// Function words and other common words that are capitalised only at a sentence's start.
    static let commonWords: WordSet = words("""
    A|An|The|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|My|Your|There|Here|But|And|Or|\
    So|Yet|However|Meanwhile|Still|Then|Now|In|On|At|For|If|When|Where|What|Who|Why|How|While|After|Before|Since|\
    As|Some|Many|Most|All|No|Not|One|Another|Being|Did|Do|Does|Is|Are|Was|Were|More|Also|Both|Each|Such|Despite|\
    Although|Though|Because|Later|Earlier|Today|Yesterday|Last|Next|Other|Others|Several|Few|Every|Any|Much|\
    Under|Over|Through|From|With|Without|By|To|Of|About|Against|Among|Between|During|Until|Unlike|Like|Even|Just|\
    Only|Once|Twice|Instead|Indeed|Already|Again|Ever|Never|Always|Often|Sometimes|Perhaps|Maybe|Please|Yes|\
    Volunteers|Police|Officials|Authorities|Critics|Experts|Analysts|Residents|People|Men|Women|Children|Others|\
    Hero|Photo|Photos|Video|Watch|Read|Click|Sign|Subscribe|Share|Follow|Advertisement|Related|Copyright|Getty|\
    Images|Image|Editor|Note|Update|Updated|Published|Breaking|Live|Opinion|Analysis|Exclusive|Story|Stories
    """)

    private static func words(_ list: String) -> WordSet {
        WordSet(list.split(separator: "|").map { String($0).trimmingSpaces })
    }
}

extension String {
    /// Without spaces and line breaks at either end (Foundation-free).
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

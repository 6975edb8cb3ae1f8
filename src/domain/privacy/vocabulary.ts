/**
 * Words the name finder must leave alone: the capitalised vocabulary of TPS work (programs, work types, payments,
 * systems and references, job titles, places, months and days). Seed 002 names these in every enquiry, so a
 * false block on them would stop officers posting ordinary questions.
 *
 * Words are matched without case. Phrases cover names that are also program or system words ("Roxy Digital
 * Assistant"), so "Roxy" alone can still be a person.
 */

/** Single words that are never a person's name in TPS free text. */
export const VOCABULARY_WORDS: string =
  // Function words, pronouns and sentence starters
  'a about after again all also an and any are as at be because been before being both but by can could did do ' +
  'does for from had has have he her here hers him his how i if in into is it its just let me more most my no ' +
  'nor not now of off on once only or other our out over own please same she should so some such than thank thanks ' +
  'that the their them then there these they this those though through to too under until up upon us very was we ' +
  'were what when where which while who whom why with would yes yet you your hi hello dear regards cheers ok okay ' +
  'per via re fyi asap eta na nil tbc tba unsure unknown urgent note notes update query question answer issue ' +
  // Generic people and roles (as words, not names)
  'customer customers client claimant claimants recipient nominee nominees partner partners person people ' +
  'applicant member members parent parents family families carer carers staff officer officers employer ' +
  'employers landlord agent agents payee worker workers student students apprentice apprentices farmer farmers ' +
  'pensioner pensioners veteran veterans jobseeker jobseekers child children son daughter mother father mum dad ' +
  'sibling husband wife widow widower guardian school schools university uni tafe college hospital doctor gp ' +
  'interpreter interpreters bank banks payroll accountant solicitor lawyer court police someone somebody ' +
  'nobody everyone everybody anyone anybody housing management council clinic pharmacy provider providers ' +
  'insurer insurance super superannuation union rto trainer tutor teacher teachers principal counsellor ' +
  'psychologist nurse midwife specialist receptionist caller callers he she they it legal aid ombudsman red ' +
  'cross salvation army salvos vinnies anglicare uniting centacare mission telstra optus westpac anz nab cba ' +
  'commbank suncorp post ' +
  // Job titles and teams
  'team teams leader leaders tl tls senior practitioner practitioners service services officer tpso tpsos sso ' +
  'ssos aso apso aps el el1 el2 smes sme manager managers director coordinator supervisor specialist ' +
  'technical peer support tsc vtsn asc tso network centre centres center smart ops operations escalation ' +
  'escalations queue helpdesk desk hub ' +
  // Programs, payments and work types
  'abstudy austudy allowance allowances payment payments pension pensions benefit benefits supplement ' +
  'supplements assistance tax ftb ftba ftbb family parenting parental paid leave pay rent youth age aged carer ' +
  'disability dsp jsp jobseeker newstart sickness special crisis energy pharmaceutical mobility remote area ' +
  'bereavement stillborn orphan double dad partner income assets asset test tests farm household fha ' +
  'child support unit csu ppl pes tap aic aisr isolated tertiary access education educational pensioner ' +
  'student start startup start-up loan loans scholarship relocation fares concession card cards health care ' +
  'commonwealth seniors low medicare centrelink ndis ndia dva ato veterans affairs workforce employment ' +
  'apprentices apprenticeship apprenticeships emep utlah moca miv complex assessment assessments ccs subsidy ' +
  'additional work bonus scheme equity home loans rates rate estimate estimates reconciliation registration ' +
  'relationship details record records status claim claims debt debts recovery compliance review reviews ' +
  'arrears overpayment underpayment entitlement entitlements eligibility eligible ineligible deeming ' +
  'maintenance protection agency australia australian government department program programs programme ' +
  'living isolated boarding second home residential community development cdp income-management basicscard ' +
  // Systems, references and tools
  'process direct pd customer first cf mysupport myservice mygov my-gov operational blueprint ob nnu nnus ' +
  'office locator roxy digital assistant ict doc actdoc fast note eped fcso sac crn crns tfn dob dod doe ' +
  'acsp acmps eref e-ref reference references ref refs form forms letter letters online app express plus ' +
  'portal system systems siebel isis sap outlook windows chrome edge citrix sharepoint excel word microsoft ' +
  'email emails phone phones call calls inc incident ritm sf knowledge base intranet teams channel channels ' +
  'screen screens tab tabs button field fields error errors code codes step steps page pages link links ' +
  'fortnight fortnightly weekly monthly daily annual annually yesterday today tomorrow tonight morning ' +
  'afternoon evening week weeks month months year years day days hour hours minute minutes am pm ' +
  // Months and days
  'january february march april may june july august september october november december jan feb mar apr ' +
  'jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed ' +
  'thu thur thurs fri sat sun christmas easter anzac new years ' +
  // Places: states, capitals, Smart Centre and service centre towns, countries officers mention
  'victoria vic nsw qld queensland tasmania tas wa sa nt act territory northern western south new wales capital ' +
  'sydney melbourne brisbane perth adelaide hobart darwin canberra geelong townsville cairns toowoomba ' +
  'rockhampton mackay bundaberg gladstone ipswich caboolture maroochydore southport gold coast sunshine ' +
  'newcastle wollongong gosford penrith parramatta liverpool blacktown campbelltown bankstown hurstville ' +
  'albury wagga dubbo tamworth bathurst orange lismore coffs harbour port macquarie ballarat bendigo ' +
  'shepparton mildura traralgon warrnambool frankston dandenong footscray broadmeadows ringwood launceston ' +
  'devonport burnie queanbeyan tuggeranong belconnen woden gungahlin joondalup mandurah bunbury geraldton ' +
  'kalgoorlie karratha broome hedland salisbury gambier whyalla pirie springs ' +
  'creek river bay beach heads mount mt port lake valley island ranges plains downs shire region ' +
  'cities city suburb regional metro national nationally interstate overseas zealand nz uk usa india china ' +
  'vietnam philippines afghanistan iraq syria lebanon sudan somalia ethiopia fiji samoa tonga papua guinea ' +
  'england ireland scotland italy greece germany canada korea japan thailand indonesia malaysia singapore ' +
  'sri lanka pakistan nepal bangladesh iran turkey egypt kenya nigeria ghana zimbabwe africa ' +
  // Languages and peoples (adjectives, not names)
  'english arabic vietnamese mandarin cantonese chinese greek italian hindi punjabi dari farsi persian ' +
  'somali dinka swahili korean japanese spanish tagalog filipino indonesian thai turkish aboriginal islander ' +
  'torres strait indigenous first nations auslan tis';

/** Phrases whose words are never names together, though one of them alone might be. */
export const VOCABULARY_PHRASES: string[] = [
  'Roxy Digital Assistant',
  'Ask Kristy',
  'Assistance for Isolated Children',
  'Dad and Partner Pay',
  'Harvey Norman',
  'Royal Hobart Hospital',
  'Royal Melbourne Hospital',
  'The Alfred',
  'Mercy Hospital',
  'Austin Hospital',
  'St Vincent',
  'Port Lincoln',
  'Alice Springs',
  'Hervey Bay',
  'Box Hill',
  'Mount Gambier',
  'Mount Isa',
  'Port Augusta',
  'Elizabeth Service Centre'
];

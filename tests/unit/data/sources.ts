/**
 * The pages the bundled map may link to. A link outside these lists is a new source: add it here on purpose,
 * in the right list, so a reviewer sees it.
 */

/** Every source URL the research notes (docs/domain-facts) cite. */
const RESEARCH_NOTE_SOURCES = [
  "https://carcodescanner.store/medical-coding-career-ladder",
  "https://www.aapc.com/certification/cpc/",
  "https://aapc.com/certifications/cpc/complete-your-cpc-apprenticeship",
  "https://www.aapc.com/certification/apprentice_status.aspx",
  "https://www.aapc.com/certifications/coc",
  "https://www.aapc.com/certification/coc/",
  "https://www.aapc.com/certifications/crc/taking-the-crc-exam",
  "https://www.aapc.com/certifications/cpb/taking-the-cpb-exam",
  "http://www.aapc.com/certification/medical-billing-certification.aspx",
  "https://aapc.com/certifications/cic/taking-the-cic-exam",
  "https://www.aapc.com/certifications/cdeo/taking-the-cdeo-exam",
  "https://www.aapc.com/certification/cdeo/",
  "https://www.aapc.com/certifications/cpma/taking-the-cpma-exam",
  "https://www.aapc.com/certification/cpma.aspx",
  "https://www.aapc.com/certifications/cppm/taking-the-cppm-exam",
  "https://www.aapc.com/certifications/cpco/taking-the-cpco-exam",
  "https://www.aapc.com:443/certification/cpco.aspx",
  "https://www.aapc.com/certification/faq.aspx",
  "https://www.aapc.com/medical-coding-education/help/",
  "https://www.aapc.com/certifications/maintain-your-certification",
  "https://www.aapc.com/membership/faq.aspx",
  "https://www.aapc.com/recognition/aapc-associate.aspx",
  "https://www.aapc.com/blog/49714-medical-coding-billing-salary-survey-2019/",
  "https://www.aapc.com/resources/research/medical-coding-salary-survey/",
  "https://www.aapc.com/business/resources/medical-coding-and-billing-salary-report",
  "http://www.aapc.com/surveys/medical-coding-salary-survey07.aspx",
  "https://www.aapc.com/blog/45517-2018-salary-survey-credentials-serve-our-members-well/",
  "https://notifications.aapc.com/blog/26067-2013-salary-survey-coder-employment-on-the-rise/",
  "https://www.aapc.com/blog/16324-2011-salary-survey-results/",
  "https://aapc.com/resources/projected-outlook",
  "https://aapc.com/discuss/threads/coder-i-ii-iii.88761",
  "https://huggingface.co/datasets/jilp00/youtoks-aapc-transcripts",
  "https://www.ahima.org/certification/cca.aspx",
  "https://conference-test.ahima.org/certification-careers/certification-exams/cca",
  "https://ahima.org/certification-careers/certifications-overview/ccs",
  "https://mbc-bv6.pages.dev/certifications/ccs",
  "http://www.ahima.org/certification/ccs.aspx",
  "https://cms-qa.ahima.org/certification-careers/certification-exams/rhit",
  "https://nasroo.com/professional-certificates/rhit/",
  "http://www.saswell-cn.com/certification/RHIA?tabid=proviso",
  "https://medicalcodingpro.com/registered-health-information-administrator-rhia/",
  "https://www.ahima.org/certification/Recertification",
  "http://cms-test.ahima.org/contact-us-faqs/faqs-recertification/",
  "https://ahima.org/certification/recertification.aspx",
  "http://health-information.advanceweb.com/Article/Tethering-on-the-Coding-Ladder.aspx",
  "https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm",
  "https://webarchive.library.unt.edu/web/20120921132839/http:/www.bls.gov/oes/current/oes292071.htm",
  "https://www.bls.gov/OOH/management/medical-and-health-services-managers.htm",
  "https://www.bls.gov/ooh/Management/Medical-and-health-services-managers.htm",
  "https://onetonline.org/find/match/2/29-2072.00",
  "https://www.onetonline.org/link/result/11-9111.00",
  "https://www.cool.army.mil/search/CERT_CPC567.htm",
  "https://jobs.jobvite.com/washingtonhospital/job/o1Y1yfwi",
  "https://learn.org/articles/Lead_Coder_Your_Career_and_Salary_Questions_Answered.html",
  "https://torchora.com/job-specification/revenue-cycle-manager",
];

/** Pages found later with the search tool, for requirements, exam fees and pay (format version 2). */
const LATER_SOURCES = [
  // BLS Occupational Outlook Handbook and wage-table pages (one an archived copy).
  "https://stats.bls.gov/ooh/business-and-financial/project-management-specialists.htm",
  "https://webcf.waybackmachine.org/web/20210922014040/https://www.bls.gov/ooh/education-training-and-library/postsecondary-teachers.htm",
  "https://www.bls.gov/ooh/office-and-administrative-support/financial-clerks.htm",
  "https://www.bls.gov/oes/currenT/oes433011.htm",
  "https://www.bls.gov/ooh/business-and-financial/training-and-development-specialists.htm",
  "https://www.bls.gov/ooh/business-and-financial/claims-adjusters-appraisers-examiners-and-investigators.htm",
  // AHIMA's own RHIA page, in place of a mirror for the RHIA's eligibility.
  "https://conference-test.ahima.org/certification-careers/certification-exams/rhia",
  // Third-party pages: exam prices nobody else in the corpus gives, and one career article.
  "https://mbc-bv6.pages.dev/certifications/cpc",
  "https://open-exam-prep.com/blog/aapc-crc-certified-risk-adjustment-coder-exam-guide-2026",
  "https://open-exam-prep.com/blog/cpc-h-coc-exam-study-guide-2026",
  "https://open-exam-prep.com/blog/cpma-exam-study-guide-2026",
  "https://medicalbillingandcoding.training/certifications/cpb",
  "http://besthealthcarecareers.com/articles/medical-coding/",
];

export const ALLOWED_SOURCES: ReadonlySet<string> = new Set([...RESEARCH_NOTE_SOURCES, ...LATER_SOURCES]);

/**
 * Sources that are neither the certifying body, a government agency nor an employer: study sites, career
 * articles, and copies of AHIMA pages. A fact resting on one of them says so in its note.
 */
export const THIRD_PARTY_SOURCES: ReadonlySet<string> = new Set([
  "https://carcodescanner.store/medical-coding-career-ladder",
  "https://mbc-bv6.pages.dev/certifications/ccs",
  "https://nasroo.com/professional-certificates/rhit/",
  "http://www.saswell-cn.com/certification/RHIA?tabid=proviso",
  "https://medicalcodingpro.com/registered-health-information-administrator-rhia/",
  "https://learn.org/articles/Lead_Coder_Your_Career_and_Salary_Questions_Answered.html",
  "https://torchora.com/job-specification/revenue-cycle-manager",
  "https://mbc-bv6.pages.dev/certifications/cpc",
  "https://open-exam-prep.com/blog/aapc-crc-certified-risk-adjustment-coder-exam-guide-2026",
  "https://open-exam-prep.com/blog/cpc-h-coc-exam-study-guide-2026",
  "https://open-exam-prep.com/blog/cpma-exam-study-guide-2026",
  "https://medicalbillingandcoding.training/certifications/cpb",
  "http://besthealthcarecareers.com/articles/medical-coding/",
]);

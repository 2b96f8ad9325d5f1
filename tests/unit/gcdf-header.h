/* tests/unit/gcdf-header.h — GCDF 3.0's header line, verbatim: the 126
 * column names of AidData's Global Chinese Development Finance dataset,
 * one with U+2019 in it. Shared by the importer's tests (test-import.c) and
 * the importer benchmark's generator (bench/import/gen-import.c). */
#ifndef BRI_TEST_GCDF_HEADER_H
#define BRI_TEST_GCDF_HEADER_H

#define GCDF_HEADER \
  "AidData Record ID,Recommended For Aggregates,AidData Parent ID,Umbrell" \
  "a,Financier Country,Recipient,Recipient ISO-3,Recipient Region,Commitm" \
  "ent Year,Implementation Start Year,Completion Year,Title,Description,S" \
  "taff Comments,Status,Intent,Flow Type,Flow Type Simplified,OECD ODA Co" \
  "ncessionality Threshold,Flow Class,Sector Code,Sector Name,Infrastruct" \
  "ure,COVID,Funding Agencies,Funding Agencies Type,Co-financed,Co-financ" \
  "ing Agencies,Co-financing Agencies Type,Direct Receiving Agencies,Dire" \
  "ct Receiving Agencies Type,Indirect Receiving Agencies,Indirect Receiv" \
  "ing Agencies Type,On-lending,Implementing Agencies,Implementing Agenci" \
  "es Type,Guarantee Provided,Guarantor,Guarantor Agency Type,Insurance P" \
  "rovided,Insurance Provider,Insurance Provider Agency Type,Collateraliz" \
  "ed,Collateral Provider,Collateral Provider Agency Type,Security Agent/" \
  "Collateral Agent,Security Agent/Collateral Agent Type,Collateral,Amoun" \
  "t (Original Currency),Original Currency,Amount Estimated,Amount (Const" \
  "ant USD 2021),Amount (Nominal USD),Adjusted Amount (Original Currency)" \
  ",Adjusted Amount (Constant USD 2021),Adjusted Amount (Nominal USD),Fin" \
  "ancial Distress,Commitment Date (MM/DD/YYYY),Commitment Date Estimated" \
  ",Planned Implementation Start Date (MM/DD/YYYY),Actual Implementation " \
  "Start Date (MM/DD/YYYY),Actual Implementation Start Date Estimated,Dev" \
  "iation from Planned Implementation Start Date,Planned Completion Date " \
  "(MM/DD/YYYY),Actual Completion Date (MM/DD/YYYY),Actual Completion Dat" \
  "e Estimated,Deviation from Planned Completion Date,Maturity,Interest R" \
  "ate,Grace Period,Management Fee,Commitment Fee,Insurance Fee (Percent)" \
  ",Insurance Fee (Nominal USD),Default Interest Rate,First Loan Repaymen" \
  "t Date,Last Loan Repayment Date,Grant Element (OECD Cash-Flow),Grant E" \
  "lement (OECD Grant-Equiv),Grant Element (IMF),Number of Lenders,Export" \
  " Buyer's Credit,Supplier’s Credit/Export Seller’s Credit,Interest-Free" \
  " Loan,Refinancing,Investment Project Loan,M&A,Working Capital,EPCF,Lea" \
  "se,FXSL/BOP,CC IRS,RCF,GCL,PBC,PxF/Commodity Prepayment,Inter-Bank Loa" \
  "n,Overseas Project Contracting Loan,DPA,Project Finance,Involving Mult" \
  "ilateral,Non-Chinese Financier,Short-Term,Rescue,Project JV/SPV Host G" \
  "overnment Ownership,Project JV/SPV Chinese Government Ownership,Level " \
  "of Public Liability,Total Source Count,Official Source Count,Source UR" \
  "Ls,Source Titles,Source Publishers,Source Resource Types,Contact Name," \
  "Contact Position,ODA Eligible Recipient,OECD ODA Income Group,Location" \
  " Narrative,Geographic Level of Precision Available,ADM1 Level Availabl" \
  "e,ADM2 Level Available,Geospatial Feature Available,Source Quality Sco" \
  "re,Data Completeness Score,Implementation Detail Score,Loan Detail Sco" \
  "re"

#endif

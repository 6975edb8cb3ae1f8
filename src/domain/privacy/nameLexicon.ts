/**
 * Name lexicons for the privacy guard's name finder (see ./names.ts).
 *
 * Embedded as data because the field scans as the person types, in the browser, inside every web part bundle:
 * no npm package of first names fits (the maintained ones read their lists from disk at run time or ship
 * hundreds of kilobytes), and no model can be downloaded. These lists are written for this purpose: common given
 * names in Australia across generations, and of the country's larger communities (Aboriginal and Torres Strait
 * Islander, Pacific, Vietnamese, Chinese, Korean, Japanese, Thai, Filipino, Indonesian, South Asian, Arabic,
 * Persian, Turkish, Afghan, East and West African, South Sudanese, European), plus familiar short forms.
 * The name finder also catches names that are not listed from the words around them (see ./names.ts).
 */

/** Given names that are rarely anything else. */
export const GIVEN_NAMES: string =
  'Aaliyah Aarav Aaron Aarti Abbey Abbie Abby Abdallah Abdi Abdikadir Abdirahman Abdul Abdullah Abdulrahman Abebe ' +
  'Abena Abhishek Abigail Achieng Achol Ada Adam Addison Adebayo Adele Adeline Adeola Adewale Aditi Aditya Adnan ' +
  'Adrian Adriana Adrienne Advik Agnes Agnieszka Agus Ahmad Ahmed Ahmet Aiden Aiko Aileen Ailsa Aimee Aisha Aisling ' +
  'Aissatou Ajay Akash Akech Akinyi Akira Akosua Akshay Alan Alana Alanna Alba Albert Albie Alec Alejandro ' +
  'Aleksandar Aleksandra Alessandro Alessia Alessio Alex Alexa Alexander Alexandra Alexandria Alexis Alf Alfie ' +
  'Alfred Ali Alia Alice Alicia Alina Aline Alinta Alisha Alison Alistair Allan Allira Allison Alma Almaz Aluel ' +
  'Alvaro Alyssa Ama Amal Amanda Amandeep Amani Amara Amelia Amelie Amina Aminata Amir Amira Amit Amita Amrit Amy ' +
  'Ana Anahera Anahit Anand Ananya Anas Anastasia Anders Andre Andrea Andrew Andrzej Andy Angela Angelina Angelo ' +
  'Angie Angus Anh Ani Anil Anita Anja Anjali Ankit Ann Anna Annabel Annabelle Anne Annette Annie Anong Anthony ' +
  'Antoine Antoinette Antonella Antonio Antony Anupama Anura Aoife Arabella Arash Archie Ari Aria Ariana Arif Arika ' +
  'Ariki Aristotelis Arjun Arlo Armen Arnav Arnel Arnold Aroha Arthit Arthur Arun Aryan Asha Ashlee Ashleigh Ashley ' +
  'Ashok Ashton Asif Astrid Athanasios Audrey Aurora Austin Ava Avery Aya Ayaan Ayen Ayesha Ayla Aylin Ayodele Ayse ' +
  'Ayu Azadeh Babajide Bailey Balwinder Bao Baraka Barney Barry Bashir Basma Bazza Beatrice Beatriz Beau Becks ' +
  'Becky Behnaz Belinda Bella Ben Benjamin Benny Berhane Berivan Bernadette Bernard Beth Bethany Betty Beverley ' +
  'Beverly Bianca Bilal Billie Billy Bindi Binh Bjorn Blake Bobby Bodhi Bojan Bongani Bonnie Brad Braden Bradley ' +
  'Branko Brenda Brendan Brendon Brent Brett Brian Briana Brianna Bridget Brittany Brittney Bron Bronwyn Brooke ' +
  'Brooklyn Bruce Bruno Bryce Budi Buhle Bukola Burak Byron Caitlin Caitlyn Caleb Callie Callum Calvin Cameron ' +
  'Camilla Camille Candice Caoimhe Cara Carl Carla Carlo Carlos Carly Carmel Carmela Carmen Caroline Carolyn Casey ' +
  'Cassandra Cassidy Cassie Catarina Cath Catherine Cathy Cecil Cecilia Celeste Celia Cemal Chaminda Chandra ' +
  'Chantal Charlene Charles Charli Charlie Charlotte Chau Chaz Chelsea Chen Cheryl Chi-Wai Chiamaka Chiara Chidi ' +
  'Chinedu Chioma Chipo Chloe Chol Chris Christian Christina Christine Christopher Christos Chukwuma Chun Chun-Kit ' +
  'Cian Ciara Ciaran Claire Clara Clare Clarence Claude Claudia Claudine Clayton Clinton Clive Cody Colin Colleen ' +
  'Connie Connor Conor Constance Corey Courtney Craig Cuong Curtis Cynthia Cyril Dafydd Daiki Dalia Damian Damien ' +
  'Damon Dana Dani Daniel Danielle Danny Dante Dao Daphne Darcy Dariush Darlene Darren Darryl Daryl Dat Dave David ' +
  'Dawit Daz Debbie Deborah Debra Declan Deepa Deepak Deepika Delilah Demetrios Deng Denise Dennis Derek Devi Dewi ' +
  'Diana Diane Dianne Diego Diep Dieter Dilan Dilani Dilshan Dimitra Dimitri Dimitrios Dinesh Divya Diya Dmitri ' +
  'Domenico Dominic Donald Donna Doreen Doris Dorothy Douglas Dragan Duc Duncan Duong Dusan Dylan Eddie Edith Edna ' +
  'Eduardo Edward Edwin Efua Eileen Eilidh Eko Elaine Eleanor Elena Eleni Eli Elias Elif Elijah Elise Eliza ' +
  'Elizabeth Ella Elle Ellen Ellie Elliot Elliott Ellis Elodie Eloise Elsie Elzbieta Emeka Emilia Emiliano Emily ' +
  'Emma Emmanuel Emmanuelle Emmeline Emre Enrique Enzo Eoin Epeli Eric Erica Erik Erin Ernest Ernie Errol Esi Esme ' +
  'Esperance Esteban Estelle Esther Ethan Etienne Eugene Eun Eva Evan Evangeline Evangelos Evelyn Everleigh Everly ' +
  'Evie Ewan Ezra Fabio Faduma Faisal Fang Farah Farai Farhad Farhan Farid Farzaneh Fatih Fatima Fatma Fatoumata ' +
  'Federica Fei Felix Feng Fergus Fernando Finlay Finn Fiona Fletcher Florence Flynn Frances Francesca Francesco ' +
  'Francis Francisco Franco Francois Frankie Franz Fraser Fred Freddie Frederick Freja Freya Friedrich Funmilayo ' +
  'Gabriel Gabriela Gabriella Gabrielle Gagandeep Gail Garang Gareth Garry Gary Gaurav Gavin Gayane Gaz Gede Geeta ' +
  'Gemma Geoff Geoffrey George Georgia Georgie Georgina Georgios Gerald Geraldine Gerard Gerry Gez Ghassan Giang ' +
  'Gianni Gilbert Gillian Gina Giorgio Giovanna Giovanni Gita Giulia Giuseppe Giuseppina Gloria Golnaz Goncalo ' +
  'Gopal Goran Gordon Graham Greg Gregory Guadalupe Guang Guillaume Gulalai Gunter Gurpreet Gwen Gwyneth Habib ' +
  'Habibullah Hadi Hafsa Hai Haile Hailey Hakan Haley Halle Hallie Hamdi Hamish Hamza Hana Hanan Hanh Hannah Hans ' +
  'Hao Haoran Hardeep Harinder Harjit Harlee Harley Harlow Harold Harpreet Harriet Harrison Harry Haruto Harvey ' +
  'Hasan Hassan Hattie Hawre Hayden Hayley Heidi Heinz Helen Helena Helene Helga Hemi Hendrix Henrietta Henry ' +
  'Herbert Hiba Hibaq Hieu Hiroshi Hoa Hoang Hoda Hodan Hong Horace Hossein Houda Howard Hua Hudson Hugh Hugo Hui ' +
  'Huong Hussain Hussein Huw Huy Huyen Hye Hyun Iain Ian Ibrahim Ibrahima Ieuan Ifeoma Ifrah Ikenna Ilham Iluka ' +
  'Iman Imani Imelda Imogen Imran Indah Indi Indie Ines Ingrid Ioannis Iosefa Irene Isaac Isabel Isabella Isabelle ' +
  'Isaiah Ishaan Isla Ismail Isobel Ivan Ivana Jacinta Jackson Jacob Jacqueline Jacques Jacqui Jae Jai Jake Jamal ' +
  'James Jamie Jamila Jana Jane Janelle Janet Janice Janine Jared Jarrah Jarrod Jasmeet Jason Jasper Jaspreet ' +
  'Jaswinder Javier Jawad Jax Jaxon Jay Jayden Jayne Jean-Claude Jean-Pierre Jeanette Jeanne Jedda Jeff Jeffrey ' +
  'Jelena Jemima Jen Jenna Jennifer Jenny Jeremy Jericho Jerome Jess Jesse Jessica Jessie Jett Ji-ho Ji-hoon Ji-woo ' +
  'Ji-yeon Jia Jiahui Jian Jiang Jie Jill Jillian Jim Jimmy Jin Jing Jirra Jiwon Joan Joanna Joanne Joao Jocelyn ' +
  'Jodie Jody Joe Joel Joey John Johnny Jon Jonalyn Jonathan Joon Jordan Jorge Jose Joseph Josephine Josh Joshua ' +
  'Josie Joyce Juan Jude Judith Judy Julia Julian Julie Julien Juliet Juliette Juma Jun-Jun Jung Junjie Jurgen ' +
  'Justin Justine Ka-Man Kabir Kadek Kadiatou Kagiso Kai Kaitlyn Kaito Kalani Kalinda Kamal Kamala Kamau Kamran ' +
  'Kane Kanya Kara Karan Kareem Karen Karim Karl Karlie Kashif Kasun Katarina Katarzyna Kate Katelyn Kath Katherine ' +
  'Kathleen Kathryn Kathy Katie Katrina Kavita Kavya Kayla Kaylee Keala Keira Keith Kelechi Kelly Kelsey Kelvin Ken ' +
  'Kenji Kenneth Kenny Kerri Kerrie Kerry Ketut Kev Kevin Kez Khadija Khaled Khalid Khanh Khoa Kian Kiara Kidane ' +
  'Kieran Kim Kimberley Kiran Kirk Kirra Kirsten Klaus Koa Kobe Kobi Koby Kofi Kojo Konstantinos Kosta Kostas Kris ' +
  'Krishna Kristen Kristy Krzysztof Kuldeep Kumari Kunal Kuol Kurt Kwabena Kwame Kwok Kyle Kylie Lacey Lachie ' +
  'Lachlan Lagi Lainey Lakhwinder Lakshmi Lan Lara Larry Lars Latifa Laura Lauren Laurent Lawrence Layal Layla Leah ' +
  'Leanne Lei Leila Leilani Lena Lenny Leo Leon Leonard Lerato Leroy Lesley Leslie Levi Lewis Leyla Li Liam Lian ' +
  'Liban Lien Lilian Lillian Lilly Lin Lina Lincoln Linda Lindiwe Lindsay Ling Linh Lisa Litia Liu Liz Lloyd Loan ' +
  'Lok Lola Lorenzo Lorraine Losaline Losana Lottie Louis Louisa Louise Lourdes Lowanna Luca Lucas Lucia Luciano ' +
  'Lucinda Lucy Luigi Luis Lukas Luke Luna Lupe Lydia Lyn Lynda Lyndon Lynette Lynne Mabel Mabior Mackenna ' +
  'Mackenzie Maddison Madeleine Madeline Madison Maeve Magdalena Maggie Mahesh Mahmoud Mai Majid Majok Malak ' +
  'Malcolm Malee Malgorzata Malia Malik Mamadou Manaia Manal Mandla Mandy Manish Manoj Manpreet Manu Manuel Marco ' +
  'Marcus Marek Margaret Margot Maria Mariam Mariama Marian Maribel Maricel Marie Marija Marilyn Mario Marion ' +
  'Marites Marjorie Marko Marlee Marlene Marlowe Marnie Marta Martha Martin Mary Maryam Massimo Mateo Mathieu ' +
  'Matilda Matt Matteo Matthew Matthias Maureen Maurice Maurizio Maxine Maya Meena Megan Mehdi Mehmet Mei Mei-Ling ' +
  'Mekdes Melanie Mele Melinda Melissa Mere Meredith Meron Mervyn Mhairi Mia Michael Michaela Michelle Mick Miguel ' +
  'Mikayla Mikey Mila Milica Millie Milo Min Min-jun Ming Minh Minji Miranda Miroslav Mirri Mirrin Mitchell Moana ' +
  'Mohamad Mohamed Mohammad Mohammed Mohamud Mohan Molly Mona Monica Monique Morag Mostafa Mounir Moussa Mpho ' +
  'Muhammad Mukesh Murat Mustafa Nabil Nadeesha Nadia Nadine Najib Nalani Nam Nandini Naomi Narek Nash Nasreen ' +
  'Nasrin Nasser Natalia Natalie Natasha Nate Nathalie Nathan Nathaniel Nattapong Navdeep Naveed Naveen Navid ' +
  'Nazanin Neema Neha Neil Nellie Nenad Nerida Nevaeh Neville Nga Ngan Ngoc Ngozi Nguyet Nhi Nhung Niamh Nic ' +
  'Nicholas Nicky Nico Nicola Nicole Nigel Nikau Nikhil Nikki Nikola Nikolaos Nikos Nils Nimal Nina Ning Nioka ' +
  'Niran Nirmala Nisha Nixon Njeri Nkechi Noah Noel Noelene Noelle Nomvula Noor Nora Norma Norman Nour Nunzio Nuwan ' +
  'Nyambura Nyandeng Nyibol Nyoman Oanh Obinna Odhiambo Ofa Oisin Oksana Olena Olga Oliver Olivia Ollie Olumide ' +
  'Oluwaseun Oluwatobi Omar Omid Ophelia Orla Osama Oscar Otieno Otis Ottilie Ousmane Owen Pablo Padraig Paige ' +
  'Palesa Pamela Panagiotis Paolo Paraskevi Parisa Parminder Patricia Patrick Paul Paula Pauline Pedro Peggy ' +
  'Penelope Peng Percy Petar Pete Peter Peyton Phat Phil Philip Philippe Phillip Phoebe Phong Phuc Phuong Phyllis ' +
  'Pierre Pietro Piotr Piper Pippa Pooja Pradeep Prakash Pranav Priscilla Priya Priyanka Putri Putu Qi Qian Qiang ' +
  'Qing Quan Quang Quentin Quinn Quoc Quynh Rachael Rachel Rafael Raffaele Rahim Rahmat Rahul Raj Rajesh Rajiv ' +
  'Rakesh Ramesh Rami Ramon Rana Rangi Rania Rasha Rashid Ravi Raymond Rebecca Rebekah Rebin Reece Reem Reggie ' +
  'Reginald Rekha Remi Remy Ren Renee Reuben Reyansh Reynaldo Reza Rhiannon Rhonda Rhys Ricardo Richard Ricky Riko ' +
  'Riley Rima Rina Rita Riya Rizal Rizwan Robbie Robert Roberta Roberto Robyn Rocco Rochelle Rodney Rodrigo Roger ' +
  'Rohan Rohit Romeo Romy Ronald Ronan Rong Ronnie Rory Rosa Rosalie Rosalind Rosalinda Rosie Roslyn Ross Rowena ' +
  'Roy Roya Rubina Rudo Rui Rupinder Russell Ruth Ryan Ryder Ryker Saanvi Sabah Sabrina Sachin Sadia Sadie Sagal ' +
  'Sahar Sajid Sakura Salah Salem Salim Sally Salma Salote Salvatore Sam Samantha Sami Samir Samira Samuel Sandra ' +
  'Sanduni Sanjay Sanjeev Santiago Santosh Saoirse Sara Sarah Sarah-Jane Sarita Sasha Satish Savannah Sawsan ' +
  'Scarlett Scott Seamus Sean Sebastian Segun Sekou Selam Selena Semisi Senait Seo-yeon Sergei Sergio Serkan Seung ' +
  'Shabnam Shahid Shan Shane Shannon Shanti Sharon Shaun Shaz Shelley Sheree Sheryl Shilan Shilpa Shirin Shirley ' +
  'Shiva Shreya Shruti Shu Shuang Shukria Sian Siaosi Sienna Silvana Simon Simone Simran Sina Sinead Siobhan Sione ' +
  'Sipho Siriporn Sita Siti Siu Sizwe Skye Slobodan Snezana Sofia Somchai Somsak Sonia Soo Sophia Sophie Sora ' +
  'Soraya Sotiris Souad Spencer Spiros Stacey Stanley Stavros Stefan Stefano Stella Steph Stephanie Stephen Steve ' +
  'Steven Stevo Stewart Stuart Suda Sukhwinder Suleiman Sultana Sung Sunil Sunita Suresh Susan Susanne Suzanne Sven ' +
  'Svetlana Swati Sylvia Sylvie Tafadzwa Tahlia Tahmina Tahu Taj Takeshi Talara Talia Tamara Tamer Tammy Tanami ' +
  'Tane Tania Tanner Tanvi Tanya Tara Tariq Tarni Tash Tasi Tate Tatenda Tatiana Teddy Tejinder Temitope Tendai ' +
  'Terence Teresa Terry Tesfaye Tess Tessa Tevita Tez Thabo Thanh Thao Tharindu Thea Themba Theo Theodore Theodoros ' +
  'Theresa Thi Thierry Thomas Thu Thuy Tiago Tien Tiffany Tigist Tilly Tim Timothy Tina Ting Tiziana Tjandamurra ' +
  'Tobi Tobias Toby Todd Tom Tomasz Tommy Toni Tony Tori Tracey Tracy Trang Travis Trent Trevor Trinh Trish Tristan ' +
  'Troy Truc Trudy Trung Tuan Tui Tunde Tung Tuyet Tyler Tyson Uchenna Uma Ursula Usha Uyen Valentina Valerie ' +
  'Vanessa Varun Vasiliki Vasilis Vaughan Vera Vernon Veronica Vesna Vic Vicki Vickie Vicky Victor Viet Vihaan ' +
  'Vijay Vika Vikram Viktor Viliami Vince Vincent Vincenzo Vinh Vinod Virginia Vishal Vittorio Vladimir Vy Wahid ' +
  'Wahyu Wai Waleed Walid Wally Walter Wambui Wanjiru Warren Warsame Waru Wayan Wayne Wei Wen Wendy Wesley Whitney ' +
  'Wilfred Willa William Winnie Wiremu Wojciech Wolfgang Woody Xander Xavier Xia Xiao Xiaoling Xiaoming Ximena Xin ' +
  'Xinyi Xiu Xuan Xue Yahya Yan Yang Yash Yasmin Yasmine Yaw Yen Yetunde Yi Yianni Yiannis Yifan Yindi Ying Yonas ' +
  'Yong Young Yousef Youssef Yu Yuan Yue Yuki Yulia Yumi Yun Yuna Yuri Yusuf Yuxuan Yves Yvette Yvonne Zabihullah ' +
  'Zac Zach Zachary Zahir Zahra Zaid Zainab Zakaria Zane Zanele Zara Zaria Zawadi Zayd Zayn Zbigniew Zeinab Zeke ' +
  'Zeljko Zeynep Zhen Zhi Zhihao Zhong Zhou Ziad Zihan Zoe Zoey Zoran';

/**
 * Given names that are also everyday English words or abbreviations ("Will", "Grace", "Mark", "Long"): a name
 * only with a person cue before or after it, or a surname after it.
 */
export const AMBIGUOUS_GIVEN_NAMES: string =
  'Abe Al Amber Amethyst Angel April Archer Art Ash August Autumn Baker Barb Basil Bec Beck Bern Bert Bev Bill ' +
  'Blessing Bliss Bo Bob Brandy Brook Cam Carol Carter Chance Chase Cherry Chi Cliff Col Cooper Coral Crystal Daisy ' +
  'Dale Dan Dawn Dean Deb Del Destiny Dev Di Divine Dom Don Dot Doug Drew Dung Ebony Ed Eden Em Eve Faith Fanta ' +
  'Fisher Flint Flo Forest Fox Fran Frank Gang Gen Gene Gift Ginger Glen Grace Grant Gray Grey Gus Guy Ha Happy ' +
  'Harmony Harper Hazel Heather Hind Ho Holly Honey Hope Hue Hung Hunter Innocent Iris Ivy Jack Jade Jasmine Jet ' +
  'Jewel Jo Joy June Justice Kay Kel Kin Kit Lama Lance Lane Laurel Lee Lily Logan Long Lou Lucky Made Major Mal ' +
  'Man Marina Mark Mason Max May Meg Mel Mercy Milan Miles Misty Mo My Na Nada Nat Ned Nick Noble Nova Olive Opal ' +
  'Parker Pat Patience Pearl Penny Pepper Ping Poppy Porter Precious Primrose Prince Prosper Rain Rainbow Ram Ray ' +
  'Reed Reg Reign Rex Rick Ridge River Rob Robin Rocky Ron Rose Rosemary Rowan Royal Ruby Rusty Sage Said Saint Sal ' +
  'Sandy Sang Sawyer Scarlet Sky Son Sonny Sri Stan Star Sterling Stone Storm Sue Summer Sun Sunday Sunny Sunshine ' +
  'Tam Tao Taylor Ted Val Van Violet Viv Wade Wal Will Willow Wing Winter Wolf Wren Yee';

/** Common surnames in Australia (a surname with a person cue such as "rang" or "said" is a name on its own). */
export const SURNAMES: string =
  'Adeyemi Ahmadi Anderson Aquino Bautista Bennett Bhatia Boateng Brennan Bui Byrne Cai Campbell Cao Castillo Celik ' +
  'Chan Cheng Cheung Cho Choi Chopra Chow Chowdhury Clark Clarke Colombo Conti Costa Cruz Dang Davies Davis Demir ' +
  'Desai Dhillon Dimitriou Dinh Dlamini Doyle Dunn Edwards Esposito Evans Ferguson Fernandez Ferrari Fifita ' +
  'Fitzgerald Gallagher Garcia Georgiou Gibson Gill Girma Gonzales Greco Grewal Guo Gupta Haddad Hamilton Han ' +
  'Harris Henderson Hennessy Hernandez Horvat Hossain Hosseini Huang Hughes Huynh Ivanov Iyer Jang Johnson Jones ' +
  'Joshi Jovanovic Kang Kapoor Karimi Kaur Kaya Kennedy Khan Khoury Kobayashi Konstantinou Kowalski Kumar Lam Lau ' +
  'Lawson Leung Liang Lim Lombardi Lopez Luo Luong Ly MacDonald Malhotra Mansour Marino Markovic Marshall Martinez ' +
  'Matthews McDonald McKenzie Mehta Mendoza Menon Mensah Mohammadi Morgan Morris Moyo Murphy Mutua Mwangi Nair ' +
  "Nakamura Ncube Ng Ngo Nguyen Nikolaidis Nikolic Nkosi Nolan Novak Nowak O'Brien O'Connor O'Neill Ochieng Okafor " +
  'Okonkwo Pan Papadopoulos Pappas Park Patel Perez Petrov Petrovic Pham Phan Phillips Pillai Popov Rahman Ramos ' +
  'Randhawa Rao Ratu Reddy Reid Reyes Rezaei Ricci Richardson Rizzo Roberts Robinson Rodriguez Romano Rossi Russo ' +
  'Sahin Saleh Sanchez Sanders Sandhu Santos Sato Shah Sharma Shaw Sidhu Simpson Singh Smith Stevens Sullivan ' +
  'Sutherland Suzuki Tan Tanaka Tang Taufa Thompson Tian Torres Tran Truong Tsang Tuilagi Turner Villanueva Vo Vu ' +
  'Walker Walsh Wang Watanabe Watson Webb Wilkinson Williams Wilson Wisniewski Wong Wright Xie Yamamoto Yilmaz Yip ' +
  'Yoon Zeng Zhang Zhao Zhu';

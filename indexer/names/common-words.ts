/**
 * English words that are also surnames (and a few given names). A surname in this set is
 * never matched by initials ("A. Long") or on its own, only with a given name spelled out;
 * a two-word name made only of such words ("Will Long") is not matched at all, because in
 * page text it is far more often words than a person.
 *
 * Lower case, accents folded, as `personKey` produces tokens.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `the of and to a in is it you that he was for on are with as his they be at one have this from or had by hot
word but what some we can out other were all there when up use your how said an each she which do their time if
will way about many then them write would like so these her long make thing see him two has look more day could go
come did number sound no most people my over know water than call first who may down side been now find any new work
part take get place made live where after back little only round man year came show every good me give our under name
very through just form great think say help low line turn cause much mean before move right boy old too same tell
does set three want air well also play small end put home read hand port large spell add even land here must big high
such follow act why ask men change went light kind off need house picture try us again animal point mother world near
build self earth father head stand own page should country found answer school grow study still learn plant cover food
sun four between state keep eye never last let thought city tree cross farm hard start might story saw far sea draw
left late run while press close night real life few north open seem together next white children begin got walk
example ease paper group always music those both mark often letter until mile river car feet care second book carry
took science eat room friend began idea fish mountain stop once base hear horse cut sure watch color face wood main
enough plain girl usual young ready above ever red list though feel talk bird soon body dog family direct pose leave
song measure door product black short class wind question happen complete ship area half rock order fire south problem
piece told knew pass since top whole king space heard best hour better true during hundred five remember step early
hold west ground interest reach fast sing listen six table travel less morning ten simple several toward war lay
against pattern slow center love person money serve appear road map rain rule pull cold notice voice unit power town
fine certain fly fall lead cry dark machine note wait plan figure star box field rest correct able pound done beauty
drive stood contain front teach week final gave green quick develop ocean warm free minute strong special mind behind
clear tail produce fact street nothing course stay wheel full force blue object decide surface deep moon island foot
system busy test record boat common gold possible plane dry wonder laugh ago ran check game shape miss brought heat
snow bring yes fill east paint language among grand ball yet wave drop heart present heavy dance engine position arm
wide sail material size vary settle speak weight general ice matter circle pair include divide felt pick sudden count
square reason length art subject region energy hunt bed brother egg ride cell believe forest sit race window store
summer summers train sleep prove lone leg wall catch mount wish sky board joy winter sat wild kept glass grass cow job
edge sign visit past soft fun bright gas weather month bear finish happy hope flower strange gone jump baby eight
village meet root buy raise metal push seven third shall held hair cook floor either burn hill safe cat century type
law bit coast copy silent tall sand roll finger industry value fight lie beat natural view sense ear else quite case
middle kill son lake moment scale loud spring child straight nation milk speed organ pay age section dress cloud
surprise quiet stone tiny climb cool design poor lot bottom key iron single stick flat skin smile hole trade trip
office row mouth exact die least trouble shout seed tone join clean break lady yard rise bad blow oil blood touch mix
team wire cost lost brown wear garden equal sent choose fell fit flow fair bank save control gentle woman captain
doctor ring character period radio human history effect modern element hit student corner party supply bone rail
chair danger fruit rich thick soldier sharp wing wash bat crowd corn poem string bell meat tube famous stream fear
sight thin chief colony clock mine tie major fresh send yellow gun print dead spot desert suit current lift rose block
chart hat sell success company event deal swim term wife shoe spread camp cotton born nine truck noise level chance
gather shop throw shine property gray grey wrong salt nose claim sugar death pretty skill season silver branch match
steel forward guide score apple led pitch coat mass card band rope slip win dream evening feed tool smell valley
double seat master track parent shore sheet favor post chord fat glad share station bread charge proper bar offer
market degree chick dear drink support speech nature range steam path meant neck
young little hall park parks price baker bishop church dean fox frost golden lamb lane marsh moon pike pope reed rice
ridge rivers snow sparks stark swift ward waters wells wolf bush chase day english faith ford gates grant guy hardy
hart holiday hood hunter judge knight lord mason noble oak queen ray rush sage sale savage shepherd singer sweet temple
trust bliss bond booth brook brooks burns carpenter clay coffee crane crow dove drake duke easter fields finch frank
friend gay goodman graves hawk hay heath honey keen lock lucky meadows moody nice bill rich victor angel bloom
woods best west`
    .split(/\s+/)
    .filter(Boolean),
);

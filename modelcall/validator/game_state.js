'use strict';
// Whole-program checks of a game's state and scene flow over its life, read from the code: a flag a scene restart
// keeps, pool members that never come back, a scene that pauses itself and then waits for its own keys, a floor only
// the world bounds make, an event one scene emits on its own emitter for another scene that listens on its own, a
// sleeping scene resumed instead of woken. Each finding is {code, certain, message, line, expected}, added to the argument-contract list.

const SKIP_KEYS = new Set(['loc', 'range', 'parent', 'tokens', 'comments']);
const TEST_KEYS = new Set(['IfStatement', 'ConditionalExpression', 'WhileStatement', 'DoWhileStatement', 'ForStatement']);
const RESET_ROLES = new Set(['init', 'create']);
const PLAY_FLAG = /over|dead|alive|won|lost|finish|ended|playing|running|busy|locked|can[A-Z]/i;
const LASTING_FLAG = /music|sound|audio|tutorial|intro|hint|shown|unlock|best|high/i;
// state a game keeps from one run of a scene to the next on purpose
const LASTING_STATE = /config|setting|option|best|high|record|stats\b|save|unlock|progress|profile|cache|palette|colou?rs|levels|sound|audio/i;
// counters a game carries from one run of a scene to the next on purpose
const LASTING_COUNT = /level|stage|round|wave|world|best|high|record|total|attempt|tries|retr|death|games|plays|runs|visits|lives|coins|gold|money|unlock/i;

// code that moves a camera over the world (following, scrolling, panning)
const CAMERA_SCROLLS = /startFollow|scrollX\s*[-+]?=|scrollY\s*[-+]?=|setScroll\s*\(|\.pan\s*\(|centerOn/;

// the root of a chain that starts at a factory (this.add.image(...).setAlpha(0)): not an object's name
const FACTORY = /(^|\.)(add|make)$/;

function lineOf(n) { return n && n.loc ? n.loc.start.line : null; }

function memberPath(n) {
  const parts = [];
  while (n && n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier') { parts.unshift(n.property.name); n = n.object; }
  if (n && n.type === 'ThisExpression') parts.unshift('this');
  else if (n && n.type === 'Identifier') parts.unshift(n.name);
  else return null;
  return parts.join('.');
}

// the name Phaser knows a function by: a scene method, an object scene's key, a declared function
function roleOf(fn, parent, key) {
  if (fn.type === 'FunctionDeclaration') return fn.id ? fn.id.name : null;
  if (parent && key === 'value' && (parent.type === 'MethodDefinition' || parent.type === 'Property') && !parent.computed && parent.key) {
    return parent.key.type === 'Identifier' ? parent.key.name : String(parent.key.value);
  }
  return null;
}

// every node with its parent, its key, and where it sits: the class, the named functions around it (innermost last,
// null for an anonymous callback), the call a callback is handed to, the innermost function, and whether it is read
// as a condition
// a Pointer's own fields: read off a handler's first parameter they say nothing about what it is
const POINTER_FIELDS = /^(x|y|worldX|worldY|downX|downY|upX|upY|isDown|button|buttons|id|event|position|prevPosition|velocity|angle|distance|camera|wasTouch|wasCanceled|moveTime|downTime|upTime|primaryDown|deltaX|deltaY|deltaZ|identifier|active|locked|time|smoothFactor|motionFactor)$/;

function walk(ast, visit) {
  const go = (n, parent, key, ctx) => {
    visit(n, parent, key, ctx);
    let inner = ctx;
    if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') inner = { ...ctx, cls: n };
    if (/Function/.test(n.type)) {
      const handedTo = parent && parent.type === 'CallExpression' && key === 'arguments' ? memberPath(parent.callee) : null;
      inner = { ...inner, roles: [...ctx.roles, roleOf(n, parent, key)], handedTo: [...ctx.handedTo, handedTo], fn: n, inTest: false };
    }
    for (const k in n) {
      if (SKIP_KEYS.has(k)) continue;
      const v = n[k];
      const c = (TEST_KEYS.has(n.type) && k === 'test') || n.type === 'LogicalExpression' || (n.type === 'UnaryExpression' && n.operator === '!') ? { ...inner, inTest: true } : inner;
      if (Array.isArray(v)) { for (const x of v) if (x && typeof x.type === 'string') go(x, n, k, c); } else if (v && typeof v.type === 'string') go(v, n, k, c);
    }
  };
  go(ast, null, null, { cls: null, roles: [], handedTo: [], fn: null, inTest: false });
}

function literalValue(n) {
  if (!n) return { ok: true, value: undefined };
  if (n.type === 'Literal' && !n.regex) return { ok: true, value: n.value };
  if (n.type === 'Identifier' && n.name === 'undefined') return { ok: true, value: undefined };
  if (n.type === 'UnaryExpression' && n.operator === '-' && n.argument.type === 'Literal' && typeof n.argument.value === 'number') return { ok: true, value: -n.argument.value };
  return { ok: false };
}

function sceneKeyOf(cls) {
  const ctor = cls.body.body.find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor');
  if (!ctor) return null;
  for (const st of ctor.value.body.body) {
    const call = st.type === 'ExpressionStatement' ? st.expression : null;
    if (!call || call.type !== 'CallExpression' || call.callee.type !== 'Super' || !call.arguments[0]) continue;
    const a = call.arguments[0];
    if (a.type === 'Literal' && typeof a.value === 'string') return a.value;
    if (a.type === 'ObjectExpression') {
      const k = a.properties.find((p) => p.type === 'Property' && p.key && (p.key.name === 'key' || p.key.value === 'key'));
      if (k && k.value.type === 'Literal' && typeof k.value.value === 'string') return k.value.value;
    }
  }
  return null;
}

class GameState {
  constructor(ast, groupFetches, code) {
    this.ast = ast;
    this.code = code || '';
    this.groupFetches = groupFetches || [];
    this.found = [];
  }

  // the code without its comments (for guards that look for a call: a comment may name the call the code lacks)
  bare() {
    if (this.bareCode === undefined) this.bareCode = this.code.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"\\])\/\/[^\n]*/g, '$1');
    return this.bareCode;
  }

  add(code, certain, message, line, expected) { this.found.push({ code, certain, message, line, expected }); }

  run() {
    this.collect();
    this.staleAfterRestart();
    this.staleCounters();
    this.staleStateObjects();
    this.deadPool();
    this.pausedSelf();
    this.touchingWorldFloor();
    this.eventsBetweenScenes();
    this.sleptThenResumed();
    this.registryWatchedOnScene();
    if (/\.key\b/.test(this.code)) this.keyComparedToCode();
    this.pointerForObject();
    this.touchPointerForMouse();
    this.worldEventsNotAskedFor();
    this.objectUpdateNeverCalled();
    this.ownDragWithPluginSignature();
    this.wheelDeltaSecond();
    this.loaderNeverStarted();
    this.cameraEventsOnScene();
    if (/events\.(on|once)\s*\(\s*['"](pointer|gameobject|drag|drop|wheel)/.test(this.code)) this.inputEventsOnScene();
    if (/opacity\s*:/.test(this.code) && /tweens/.test(this.code)) this.tweenOfOpacity();
    this.underscoredEvents();
    if (/=>\s*this\.\w+\s*[,)}\n;]/.test(this.code)) this.arrowReturnsMethod();
    if (/\.particles\s*\(/.test(this.code)) this.emitters();
    this.pausedTweenReplayed();
    if (/\bpreUpdate\s*\(/.test(this.code)) this.preUpdateWithoutSuper();
    if (/setAlpha\s*\(\s*0\s*\)|\.alpha\s*=\s*0\b/.test(this.code)) this.alphaZeroShownByVisible();
    if (/\.label\s*=/.test(this.code) && /matter/i.test(this.code)) this.matterLabelOnGameObject();
    if (/['"]destroy['"]|Events\.DESTROY/.test(this.code)) this.sceneDestroyNeverComes();
    if (/registry|\.data\.get\s*\(/.test(this.code) && /\.data\b|setData/.test(this.code)) this.registryReadAsData();
    if (/getLength\s*\(/.test(this.code)) this.lengthOfDisabledGroup();
    if (/\.z\s*=[^=]/.test(this.code)) this.zAsDrawOrder();
    if (/\.remove\s*\(/.test(this.code)) this.groupRemoveKeepsDrawn();
    if (/matter/.test(this.code)) this.matterVelocityWrites();
    if (/setData\s*\(/.test(this.code) && /\.data\.\w/.test(this.code)) this.dataFieldForKey();
    if (/\.restart\s*\(\s*['"]/.test(this.code)) this.restartWithOtherKey();
    if (/\.wrap\s*\(|WrapInRectangle/.test(this.code)) this.wrapOnlyAtStart();
    if (/setGravityY\s*\(/.test(this.code) && /-\s*\w/.test(this.code)) this.gravityCancelled();
    if (/graphics\s*\(\s*\{|Geom\.(Circle|Ellipse|Rectangle)/.test(this.code)) this.positionCountedTwice();
    if (/maxParticles|lifespan/.test(this.code)) this.maxParticlesOnFlow();
    if (/world\s*\.\s*timeScale\s*[*+]?=/.test(this.code)) this.arcadeTimeScaleRaised();
    if (/\.(collider|overlap)\s*\(/.test(this.code)) this.processInCollideSlot();
    if (/\.zone\s*\(/.test(this.code) && /existing\s*\(/.test(this.code)) this.zoneFallsAway();
    if (/\[\s*['"]\d{3,}['"]\s*,/.test(this.code)) this.stringMapComparedWithNumbers();
    if (/Geom\.\w+\s*\(/.test(this.code) && /tweens/.test(this.code)) this.geomTweenNeverRedrawn();
    if (/,\s*0\s*\)/.test(this.code) && /tweens|setAlpha\s*\(|\.alpha\s*=[^=]/.test(this.code)) this.fillAlphaZeroTweened();
    if (/['"]Light2D['"]|\baddLight\s*\(/.test(this.code) && !/\blights\s*\.\s*(enable\s*\(|active\s*=\s*true|setActive\s*\(\s*true)|setLighting\s*\(/.test(this.bare())) {
      const at = this.calls.find((c) => c.name === 'setPipeline' || c.name === 'addLight');
      this.add('never_fires', true, `objects on the Light2D pipeline are drawn only while the scene's lights are on, and this.lights.enable() is never called: they are not drawn at all (call this.lights.enable() in create())`, at ? lineOf(at.n) : null, 'this.lights.enable()');
    }
    if (/getRepeatCount|\.repeatCount\b/.test(this.code)) this.repeatCountAsLength();
    if (/\.collider\s*\(/.test(this.code) && /setVelocity[XY]|\.[xy]\s*=[^=]/.test(this.code)) this.shovedBat();
    if (/JustDown\s*\(/.test(this.code)) this.justDownForHeld();
    if (/setVisible\s*\(\s*false/.test(this.code) && /collider/.test(this.code)) this.hiddenButStillSolid();
    if (/setTint\s*\(\s*(0xffffff|0xFFFFFF|16777215)\s*\)/.test(this.code)) this.whiteTintFlash();
    if ((this.code.match(/JustDown\s*\(/g) || []).length >= 2) this.justDownTwice();
    if (/\.(blocked|touching)\.(left|right)|onWall/.test(this.code) && /velocity\.x/.test(this.code)) this.negatedAfterBlocked();
    if (/scene\.\w+\s*\(\s*['"]/.test(this.code)) this.sceneKeyCase();
    if (/setGravity(Y)?\s*\(\s*0/.test(this.code)) this.gravityZeroedToSwitchOff();
    if (/setBounds/.test(this.code) && /setScroll|scroll[XY]\s*=|\.pan\s*\(|centerOn|startFollow/.test(this.code)) this.cameraBoundsOneScreen();
    if (/\.now\b|update\s*\(\s*time/.test(this.code)) this.secondsAgainstClock();
    if (/graphics\s*\(/.test(this.code) && /tweens/.test(this.code)) this.tweenedGraphicsDrawnAway();
    if (/existing\s*\([^)]*,\s*true/.test(this.code)) this.staticBodyMovedByPosition();
    if (/input\.on\s*\(\s*['"]pointer/.test(this.code)) this.pointerListAsObject();
    if (/physics\.add\.group\s*\(/.test(this.code) && /collider/.test(this.code)) this.pushableWalls();
    if (/ButtonDown\s*\(/.test(this.code) && /up['"]/.test(this.code)) this.buttonHeldOnRelease();
    if (/setVisible\s*\(\s*false|\.visible\s*=\s*false/.test(this.code) && /alpha\s*:|setAlpha\s*\(/.test(this.code)) this.visibleFalseShownByAlpha();
    if (/\.particles\s*\(/.test(this.code)) this.particlesPositionTwice();
    if (/=>\s*\w+\.\w+\s*\)/.test(this.code)) this.methodNamedNotCalled();
    if (/renderTexture\s*\(/.test(this.code)) this.renderTextureAtCorner();
    if (/getData\s*\(/.test(this.code)) this.dataNotStoredBack();
    if (/world\.timeScale\s*=/.test(this.code)) this.arcadeTimeScaleInverted();
    if (/world\.wrap\s*\(/.test(this.code) && /ollideWorldBounds/.test(this.code)) this.wrapAgainstBounds();
    if (/(indexOf|includes)\s*\(\s*[\w.]*body[AB]\s*\)/.test(this.code) || (/\.contains\s*\(/.test(this.code) && /\bbody[AB]\b/.test(this.code))) this.bodiesSearchedAmongObjects();
    if (/checkCollision\.up\s*=\s*false/.test(this.code)) this.oneWayUpsideDown();
    if (/scene\.start\s*\(/.test(this.code) && /extends\s+Phaser\.Scene/.test(this.code)) this.startInsteadOfLaunch();
    if (/^\s*(shutdown|render|paused|resumed|pauseUpdate|preRender|loadUpdate|loadRender|resize)\s*\(/m.test(this.code) && /extends\s+Phaser\.Scene/.test(this.code)) this.phaser2SceneMethods();
    if (/\.button\s*[!=]==?\s*1\b|\b1\s*[!=]==?\s*[\w$.]+\.button\b/.test(this.code) && !/middle/i.test(this.bare())) this.leftButtonAsOne();
    if (/rotation|setRotation/.test(this.code)) this.degreesAsRadians();
    if (/['"`]setdata['"`]/.test(this.code)) this.setDataForChanges();
    if (/matter/i.test(this.code)) this.matterBodyMistakes();
    if (/collider\s*\(/.test(this.code)) this.colliderCallbackMistakes();
    if (/\.(collider|overlap)\s*\(|['"](keydown|keyup|pointerdown|pointerup|down|up)/.test(this.code) && /setVelocity|velocity\.[xy]\s*=/.test(this.code) && /\bupdate\b/.test(this.code)) this.pushOverwrittenByUpdate();
    if (/['"]pointer(down|up)['"]\s*,\s*(function\s*)?\(\s*\w+\s*,\s*\w+/.test(this.code)) this.localPointAsScreen();
    if (/killAndHide|setActive\s*\(\s*false/.test(this.code) && /\.overlap\s*\(/.test(this.code)) this.hiddenButStillOverlapping();
    if (/disableBody\s*\(\s*false/.test(this.code) && /countActive/.test(this.code)) this.keptActiveButCounted();
    if (/scene\.restart\s*\(\s*\{/.test(this.code)) this.restartDataIgnored();
    if (/scene\.(restart|start|launch|run|switch)\s*\([^)]*\{/.test(this.code)) this.sceneDataKeysDiffer();
    if (/\b(let|var)\s+\w+\s*=\s*[\w$]+\.[\w$.]+\s*;/.test(this.code)) this.copyUpdatedNotField();
    if (/scene\.restart\s*\(\s*\)/.test(this.code)) this.raisedThenWipedByRestart();
    if (/\bif\s*\([^)]*(>|<)/.test(this.code)) this.shadowedThresholds();
    if (/Clamp\s*\(/i.test(this.code)) this.clampBoundsSwapped();
    if (/\.push\s*\(/.test(this.code) && /\bupdate\b/.test(this.code)) this.sameObjectRecorded();
    if (/scene\s*:|scene\.add\s*\(/.test(this.code)) this.objectSceneOwnMethods();
    if (/scene\.restart\s*\(\s*\)/.test(this.code) && /spawn|checkpoint|respawn/i.test(this.code)) this.checkpointWipedOnRestart();
    if (/setMaxVelocity/.test(this.code) && /setVelocity/.test(this.code)) this.maxVelocityCutsPush();
    if (/\.(collider|overlap)\s*\(/.test(this.code) && /\bupdate\b/.test(this.code)) this.flagClearedBeforeRead();
    if (/static(Image|Sprite)\s*\(|existing\s*\([^)]*,\s*true/.test(this.code) && /tweens\.add\s*\(/.test(this.code)) this.staticBodyTweened();
    if (/\.body\.(center|position)\b/.test(this.code)) this.liveVectorKept();
    if (/setItem\s*\(/.test(this.code)) this.objectStoredAsText();
    if (/scene\.(start|restart|launch|run|switch|pause|resume)\s*\(/.test(this.code)) this.sceneFlowSlips();
    if (/add\.container\s*\(/.test(this.code) && /['"`]pointer(down|up)['"`]/.test(this.code)) this.containerNeverInteractive();
    if (/['"`](resize|orientationchange|enterfullscreen|leavefullscreen)['"`]/.test(this.code)) this.scaleEventsOnScene();
    if (/\bvar\b/.test(this.code) && /\b(for|while)\s*\(/.test(this.code)) this.loopVarInHandlers();
    if (/tweens\.add\s*\(/.test(this.code) && /mmovable/.test(this.code) && /collider\s*\(/.test(this.code) && !/directControl|DirectControl|deltaX\s*\(/.test(this.bare())) this.tweenedPlatformNotCarrying();
    if (/createCanvas\s*\(/.test(this.code) && !/Phaser\.CANVAS\b/.test(this.code)) this.canvasTextureNeverRefreshed();
    if (/(fill|stroke)Style\s*=|shadowColor\s*=/.test(this.code)) this.numberColourOnContext();
    if (/getAngle\s*\(|atan2\s*\(|Angle\.(Between|Wrap|Normalize)\w*\s*\(/.test(this.code)) this.radiansAgainstDegrees();
    if (/GridAlign/.test(this.code)) this.gridAlignInPixels();
    if (/\.rotation\s*[-+]=/.test(this.code)) this.degreesIntoRotation();
    if (/existing\s*\(/.test(this.code) && /ground|floor|platform|ledge/i.test(this.code)) this.groundFalls();
    if (/scene\s*:\s*\[/.test(this.code)) this.menuListedAfterGame();
    if (/scene\s*:\s*\[/.test(this.code)) this.sceneNeverStarted();
    if (/[Bb]etween\s*\(\s*0\s*,[^)]*\.length\s*\)/.test(this.code)) this.betweenLengthAsIndex();
    if (/\.fill\s*\(\s*(\[|\{|new\s+Array|Array\s*\()/.test(this.code)) this.rowsSharedByFill();
    if (/setBounds\s*\([^;]*\.(width|height)\b/.test(this.code) && /tilemap\s*\(/.test(this.code)) this.tilemapSizeAsPixels();
    if (/getTilesWithin(Shape|WorldXY)\s*\(/.test(this.code)) this.cellsIntoPixelQuery();
    if (/createBlankLayer\s*\(/.test(this.code) && /getTileAt\s*\(/.test(this.code)) this.emptyCellsTakenForWalls();
    if (/\.restart\s*\(|scene\.start\s*\(/.test(this.code) && /this\.events\.on\s*\(/.test(this.code)) this.sceneListenersPileUp();
    if (/\.restart\s*\(|scene\.start\s*\(/.test(this.code) && /\.events\.on\s*\(/.test(this.code)) this.outsideListenersPileUp();
    if (/registry\s*\.\s*set\s*\(/.test(this.code) && /scene\.start\s*\(/.test(this.code)) this.settingResetEachVisit();
    if (/physics\s*\.\s*pause\s*\(/.test(this.code) && /addEvent\s*\(/.test(this.code)) this.pausedPhysicsClockRuns();
    if (/scene\s*\.\s*start\s*\(\s*['"][^'"]+['"]\s*,/.test(this.code) && /scene\s*\.\s*start\s*\(\s*['"][^'"]+['"]\s*\)/.test(this.code)) this.startWithoutDataKeepsOld();
    if (/Math\.(max|min)\s*\(/.test(this.code)) this.maxWithUnsetValue();
    if (/\.(splice|push|pop|shift|unshift|sort|reverse|fill)\s*\(/.test(this.code) && /scene\s*\.\s*(restart|start)\s*\(/.test(this.code)) this.sharedTableChangedInPlay();
    if (/addEvent\s*\(/.test(this.code) && /\b(loop|repeat)\s*:/.test(this.code)) this.endingOverwrittenByTimer();
    if (/Shuffle\s*\(/.test(this.code)) this.shuffledCopyUnread();
    if (/[!=]==?\s*['"]/.test(this.code)) this.stateNameCaseSlip();
    if (/[!=]==?\s*[A-Z_\d]/.test(this.code) && /\b(delta|dt)\b/.test(this.code)) this.movingPlaceMetExactly();
    if (/\.keyCode\b/.test(this.code) && /\.key\b/.test(this.code)) this.keyCodeStoredKeyCompared();
    if (/if\s*\(\s*!\s*this\.\w+\s*&&/.test(this.code)) this.latchNeverReleased();
    if (/\.(zoomTo|pan|rotateTo|shake|flash|fade|fadeIn|fadeOut)\s*\(/.test(this.code)) this.cameraCallbackInAnotherSlot();
    if (/Between\s*\(\s*-?\d*\.\d/.test(this.code)) this.integerBetweenOfFractions();
    if (/\.matter\b|Matter\./.test(this.code)) this.matterSettingsSlips();
    if (/=\s*this\.\w+\s*;/.test(this.code) && /\.shift\s*\(/.test(this.code)) this.aliasEmptied();
    if (/\.angle\s*-|-\s*[\w.]+\.angle\b/.test(this.code) && /360|359/.test(this.code)) this.wrappedAngleAgainstFullTurn();
    if (/\.key\b/.test(this.code) && /keydown/.test(this.code) && !/toUpperCase|toLowerCase|toLocaleUpperCase|toLocaleLowerCase/.test(this.code)) this.typedKeyCase();
    if (/(level|stage|wave|round)\w*\s*(\+\+|\+=\s*1\b)/i.test(this.code)) this.lastLevelSkipped();
    if (/enableBody\s*\(\s*true|body\.reset\s*\(/.test(this.code) && /setVelocity|velocity\.[xy]\s*=/.test(this.code)) this.reusedWithoutVelocity();
    if (/isSensor\s*:\s*true/.test(this.code)) this.matterSensorFalls();
    if (/matter/.test(this.code) && /setVelocity/.test(this.code)) this.matterVelocityPerSecond();
    if (/matter/.test(this.code) && /gravity|setGravity/.test(this.code)) this.matterGravityInPixels();
    if (/\.follower\s*\(/.test(this.code) && /startFollow/.test(this.code)) this.followerOffPath();
    if (/add\.container\s*\(/.test(this.code)) this.childrenAtContainerPosition();
    if (/\.reset\s*\(\s*\{/.test(this.code) && /addEvent/.test(this.code)) this.timerResetWithoutCallback();
    if (/(collider|overlap)\s*\(/.test(this.code) && (this.code.match(/physics\.add\.(group|staticGroup)\s*\(/g) || []).length >= 2) this.colliderKeepsOldGroup();
    if (/targets\s*:\s*[\w.]+\.(scale|alpha|x|y|angle|rotation|width|height|depth)\b/.test(this.code)) this.tweenTargetsANumber();
    if (/\.sow\s*\(|RND\.init\s*\(|setSeed|RandomDataGenerator\s*\(/.test(this.code) && /Math\.(Between|FloatBetween)\s*\(|Math\.random\s*\(/.test(this.code)) this.seedNotUsed();
    if (/\.toFixed\s*\(/.test(this.code) && /\+=/.test(this.code)) this.toFixedAdded();
    if (/\.(list|getChildren\s*\(\s*\))\s*\.forEach\s*\(|of\s+[\w.]+\.(list|getChildren\s*\(\s*\))\s*\)/.test(this.code) && /destroy\s*\(/.test(this.code)) this.destroyWhileWalking();
    if (/Date\.now\s*\(/.test(this.code) && /time\.now|update\s*\(\s*time/.test(this.code)) this.twoClocks();
    if (/\+=\s*(delta|dt)\b/.test(this.code) && /time\.now/.test(this.code)) this.songClockAgainstSceneClock();
    if (/new\s+(Map|Set)\s*\(/.test(this.code) && /JSON\.stringify/.test(this.code)) this.mapIntoJson();
    if (/matter\.add\.(rectangle|circle|polygon|trapezoid)\s*\(/.test(this.code) && !/matter\.add\.gameObject|existing\s*\(/.test(this.code)) this.matterBodyBesidePicture();
    if (/on(Complete|Start|Update|Yoyo|Repeat|Loop)\s*:|callback\s*:|delayedCall|\.once\s*\(|\.on\s*\(/.test(this.code) && /\.(destroy|setVisible|setActive|disableBody|kill|killAndHide)\b/.test(this.code)) this.unboundObjectMethod();
    if (/startFollow/.test(this.code) && /pointer/i.test(this.code) && /Between|moveTo/.test(this.code)) this.screenPointerAim();
    if (/\.overlap\s*\(/.test(this.code) && /static/.test(this.code)) this.rideOnOverlapOnly();
    if (/startFollow\s*\(/.test(this.code) && /graphics\s*\(/.test(this.code)) this.followedGraphicsDrawnAway();
    if (/enableBody\s*\(/.test(this.code) && /velocity[XY]\s*:/.test(this.code)) this.poolSpeedOnlyFromConfig();
    if (/delayedCall|addEvent/.test(this.code)) this.timerDelayInSeconds();
    if (/\.clear\s*\(\s*(false\s*)?\)/.test(this.code)) this.groupClearLeavesMembers();
    if (/\.just(Down|Up|Pressed|Released)\b/.test(this.code)) this.phaser2KeyFlags();
    if (/tilePosition[XY]\s*=/.test(this.code)) this.parallaxLeftInTheWorld();
    if (/\.explode\s*\(/.test(this.code)) this.explodeArgumentOrder();
    if (/\.reset\s*\(/.test(this.code) && /addEvent\s*\(/.test(this.code)) this.timerResetAfterDone();
    if (/centerOn|setScroll|setZoom|scroll[XY]\s*[-+]?=|zoom\s*=/.test(this.code) && /Math\.floor/.test(this.code)) this.screenPointerOnMovedCamera();
    if (/Math\.floor\s*\(\s*\w+\.[xy]\s*\//.test(this.code) && /input\.on\s*\(\s*['"]pointer/.test(this.code)) this.boardOffsetForgotten();
    if (/setTileIndexCallback\s*\(/.test(this.code)) this.tileCallbackOnlyCollider();
    if (/overlap/i.test(this.code) && /create(Blank|Static|Dynamic)?Layer/.test(this.code)) this.tileOverlapUnfiltered();
    if (/disableBody\s*\(\s*true\s*(,\s*false\s*)?\)/.test(this.code)) this.collectedButDrawn();
    if (/bounce[XY]?\s*:/.test(this.code) && /immovable\s*:\s*true|staticGroup/.test(this.code)) this.bounceOnImmovable();
    if (/overlapRect\s*\(/.test(this.code)) this.overlapRectWithoutStatic();
    if (/scene\.pause\s*\(\s*\)/.test(this.code)) this.pausedThenListens();
    if (/changedata-/.test(this.code)) this.changeDataKeyHandler();
    if (/tweens\.chain\s*\(/.test(this.code)) this.chainStartDelay();
    if (/collision(start|end|active)|load\.(on|once)\s*\(\s*['"]complete|staticGroup\s*\(/.test(this.code)) this.flowAndBodySlips();
    if (/rope\s*\(|Rope\s*\(/.test(this.code) && /\.points\b/.test(this.code)) this.ropePointsNeverDirty();
    if (/(init|preload|create|update)\s*:\s*(\([^)]*\)|\w+)\s*=>/.test(this.code)) this.arrowSceneMethods();
    if (/time\.paused\s*=/.test(this.code)) this.clockUnpausedByItsOwnTimer();
    if (/\.ignore\s*\(/.test(this.code) && /setScrollFactor/.test(this.code)) this.hudIgnoredByMain();
    if (/\.play\s*\(\s*['"`]/.test(this.code) && /anims\.create\s*\(/.test(this.code) && !/ignoreIfPlaying/.test(this.code)) this.animationRestartedEveryFrame();
    if (/add\.(zone|rectangle)\s*\(\s*0\s*,\s*0\s*,/.test(this.code) && /setInteractive/.test(this.code)) this.screenZoneAtCorner();
    if (/enableBody\s*\(\s*true|body\.reset\s*\(|body\.stop\s*\(/.test(this.code) && /setVelocity|velocity\.[xy]\s*=|setAcceleration/.test(this.code)) this.velocityBeforeReset();
    if (/Squared\s*\(|lengthSq\s*\(|distanceSq\s*\(/.test(this.code)) this.squaredAgainstLength();
    if (/setCollidesWith\s*\(/.test(this.code) && /matter/.test(this.code)) this.maskLeavesOutDefault();
    if (/matter/.test(this.code) && /ignoreGravity\s*:\s*true/.test(this.code) && /constraint\s*\(|\.joint\s*\(|\.spring\s*\(/.test(this.code)) this.floatingPivot();
    if (/label\s*:/.test(this.code) && /\.set(Circle|Rectangle|Body|Polygon|Trapezoid|FromPhysicsEditor)\s*\(/.test(this.code) && /\.label\b/.test(this.code)) this.labelLostWithBody();
    if (/new\s+Phaser\.Geom\.Rectangle\s*\(\s*\w+\.x\s*,/.test(this.code) && !/setOrigin\s*\(\s*0\s*[,)]|origin[XY]?\s*[:=]\s*0\b|setDisplayOrigin/.test(this.bare())) this.rectangleFromCentredObject();
    if (/new\s+Phaser\.Geom\.\w+\s*\(/.test(this.code) && /(fill|stroke)\w*Shape\s*\(/.test(this.code) && /Contains/.test(this.code)) this.geomDrawnThroughMovedGraphics();
    if (/Geom\.\w+\.ContainsPoint\b/.test(this.code)) this.containsPointAsHitTest();
    if (/\.sort\s*\(/.test(this.code)) this.booleanComparator();
    if (/Matrix\.|Math\.(Clamp|Wrap|Percent|RoundTo|FloorTo|CeilTo|Snap|Linear|RadToDeg|DegToRad|Angle\.Wrap)/.test(this.code)) this.resultThrownAway();
    if (/(put|get|remove)TileAt\s*\(/.test(this.code)) this.rowColumnAsXY();
    if (/worldToTile|TileAtWorldXY/.test(this.code) && CAMERA_SCROLLS.test(this.code)) this.screenPointerToTile();
    if (/createBlankLayer\s*\(/.test(this.code) && /(get|put|remove)TileAt\s*\(/.test(this.code)) this.mapTileCallsOnLastLayer();
    if (/\.index\s*=[^=]/.test(this.code) && /setCollision/.test(this.code)) this.tileIndexKeepsCollision();
    if (/AllowGravity\s*\(\s*false|allowGravity\s*=\s*false/.test(this.code) && /collider\s*\(/.test(this.code)) this.platformPushedDown();
    if (/\.(fillStyle|lineStyle)\s*\(/.test(this.code) && /graphics\s*\(/.test(this.code) && !this.styleWithoutRedraw()) this.styleWithoutRedrawInHelper();
    if (/changedata-/.test(this.code) && /setData\s*\(/.test(this.code)) this.objectDataHeardOnScene();
    if (/\.(closest|furthest)\s*\(/.test(this.code)) this.closestGivenGroup();
    if (/delay\s*:\s*this\.\w+/.test(this.code)) this.timerDelayCopied();
    if (/\.get\s*\(/.test(this.code) && /(alpha|scale[XY]?)\s*:\s*0\b/.test(this.code) && /enableBody|setActive\s*\(\s*true/.test(this.code)) this.pooledLeftoversFromTween();
    if (/Percent\s*\(|Wrap\s*\(/.test(this.code)) this.rangeEndSlips();
    if (/setScrollFactor\s*\(\s*0/.test(this.code) && /scroll[XY]/.test(this.code)) this.fixedObjectMovedWithCamera();
    if (/setScrollFactor\s*\(\s*0/.test(this.code) && /GeometryMask|createGeometryMask|setMask/.test(this.code)) this.maskScrollsAway();
    if (/-\s*\w+\s*\/\s*2\s*\+/.test(this.code) && /Math\.floor\s*\(/.test(this.code) && /pointer/i.test(this.code)) this.centredBoardClickedFromCorner();
    if (/onComplete\s*:/.test(this.code) && /tweens\.add\s*\(/.test(this.code)) this.checkedBeforeTweenWrites();
    if (/\.geom\b/.test(this.code) && !/\bgeom\s*:|\.geom\s*=[^=]/.test(this.code)) this.shapeGeomInWorld();
    if (/add\.rectangle\s*\(/.test(this.code) && /add\.text\s*\(/.test(this.code) && !/setDepth|\.depth\s*=|sendToBack|bringToTop|moveBelow|moveAbove|moveDown|moveUp|\.sort\s*\(\s*['"]depth/.test(this.bare())) this.barOverRowText();
    if (/startFollow\s*\(/.test(this.code) && /setText\s*\(/.test(this.code)) this.hudLeftInTheWorld();
    if (/startFollow\s*\(/.test(this.code) && /setBounds\s*\(/.test(this.code)) this.bannerAtViewCentre();
    if (/physics\.add\.group\s*\(/.test(this.code) && /\.add\s*\(\s*[\w.]+\s*\)/.test(this.code)) this.settingsUndoneByGroupAdd();
    if (/createGeometryMask/.test(this.code)) this.fogMaskNotInverted();
    if (/immovable\s*:\s*true/.test(this.code) && /physics\.add\.group\s*\(/.test(this.code)) this.frictionlessFerry();
    if (/events\.(on|once)\s*\(/.test(this.code) && /['"](hidden|visible|blur|focus|contextlost|prestep|step|poststep|postrender)['"]|Core\.Events\./.test(this.code)) this.gameEventsOnScene();
    if (/\.remove\s*\(/.test(this.code) && /\.get(Elapsed|Progress|Remaining|OverallProgress|OverallRemaining)\w*\s*\(/.test(this.code)) this.timerReadAfterRemove();
    if (/cps|per_?sec/i.test(this.code) && /\*\s*(delta|dt)\b|\b(delta|dt)\s*\*/.test(this.code)) this.perSecondTimesDelta();
    if (/\*\s*(delta|dt)\b|\b(delta|dt)\s*\*/.test(this.code)) this.decayedInOneFrame();
    if (/(RoundTo|FloorTo|CeilTo)\s*\([^;]*,\s*[1-9]\s*\)/.test(this.code)) this.roundToTens();
    if (/args\s*:\s*\[/.test(this.code) && /addEvent/.test(this.code)) this.timerArgsCopied();
    if (/\*\s*\w+\s*\+\s*\w+|\w+\s*\+\s*\w+\s*\*/.test(this.code) && /%\s*2\b/.test(this.code)) this.parityOfRowMajorIndex();
    if (/setAngularVelocity\s*\(/.test(this.code) && /Math\.PI|Math\.TAU|PI2\b/.test(this.code) && !/matter/i.test(this.code)) this.angularVelocityInRadians();
    if (/\.body\.bottom\s*<=?\s*[\w$]+\.body\.top/.test(this.code)) this.processTestAlwaysFalse();
    if (/cameras\.add\s*\(/.test(this.code) && /setZoom\s*\(/.test(this.code) && /setScroll\s*\(\s*0\s*,\s*0\s*\)/.test(this.code)) this.zoomedCameraAtCorner();
    if (/\bupdate\b/.test(this.code) && /\.(get|create|reset)\s*\([^;]*,\s*-\s*\d/.test(this.code) && /worldView|\.y\s*[<>]/.test(this.code)) this.spawnedWhereRecycled();
    if (/\.(collider|overlap)\s*\(/.test(this.code) && /onComplete|delayedCall/.test(this.code)) this.repeatsUntilDeferredRemoval();
    if (/scene\s*:\s*\[/.test(this.code) && /scene\.(launch|run)\s*\(/.test(this.code) && /setBackgroundColor/.test(this.code)) this.overlayUnderLaunchedScene();
    if (/checkCollision\.\w+\s*=/.test(this.code)) this.checkCollisionUnknownSide();
    if (/\.radius\b/.test(this.code) && /scale\s*:/.test(this.code) && /Distance/.test(this.code)) this.radiusIgnoresScale();
    if (/startFollow\s*\(/.test(this.code) && /(scale|config)\.width\s*\+/.test(this.code)) this.spawnAtScreenEdgeInScrolledWorld();
    if (/disableBody\s*\(|killAndHide\s*\(|setActive\s*\(\s*false/.test(this.code) && /getLength\s*\(|getChildren\s*\(\s*\)\s*\.\s*length|children\s*\.\s*(size|entries\s*\.\s*length)/.test(this.code)) this.countAfterDisable();
    if (/add\.timeline\s*\(/.test(this.code) && /delay\s*:/.test(this.code)) this.timelineDelayKey();
    if (/['"]worldbounds['"]/.test(this.code)) this.worldboundsParamOrder();
    if (/add\.graphics\s*\(/.test(this.code) && /Between|accelerateToObject|moveToObject|closest/.test(this.code)) this.graphicsPlaceAtOrigin();
    if (/['"`]setdata['"`]/.test(this.code)) this.objectSetDataForChanges();
    if (/scene\.wake\s*\([^)]*,/.test(this.code) && /\binit\s*\(\s*\w/.test(this.code)) this.wakeDataReadInInit();
    if (/['"](drop|dragenter|dragleave|dragover)['"]/.test(this.code)) this.dropParamsSwapped();
    if (/\.on\s*\(\s*['"](keydown|keyup|pointerdown|pointerup)/.test(this.code)) this.listenerAddedEachTime();
    if (/killTweensOf\s*\(/.test(this.code) && /addCounter\s*\(/.test(this.code)) this.killTweensOfUntweened();
    if (/\.(pan|centerOn)\s*\(\s*\w+\.x\s*,/.test(this.code)) this.panToScreenPointer();
    if (/follow\s*:/.test(this.code) && /add\.container\s*\(/.test(this.code)) this.followContainerChild();
    if (/add\.container\s*\(/.test(this.code)) this.placedAtContainerChild();
    if (/onYoyo\s*:/.test(this.code)) this.yoyoTakenForEnd();
    if (/source\s*:\s*this\./.test(this.code)) this.zoneSourceReplaced();
    if ((this.code.match(/['"]pointerdown['"]/g) || []).length >= 2) this.clickFallsThroughGuard();
    if ((this.code.match(/['"]pointerdown['"]/g) || []).length >= 2) this.selectionClearedByGroundClick();
    if (/\.length\s*\)/.test(this.code) && /\+\+/.test(this.code)) this.sequenceIndexNotReset();
    if (/\belse\b/.test(this.code) && /\w\+\+\s*;?\s*\n?\s*else/.test(this.code)) this.runEndNeverTested();
    if (/\.fill\s*\(\s*[\w.]+\s*\(/.test(this.code)) this.randomFilledOnce();
    if (/\.isDown\b/.test(this.code) && /\+\+|--|[-+]=\s*1\b/.test(this.code)) this.countedActionUnderHeldKey();
    if (/fontSize\s*:\s*['"]\s*\d|setFontSize\s*\(\s*['"]\s*\d/.test(this.code)) this.fontSizeWithoutUnit();
    if (/['"]pointerup['"]/.test(this.code) && /['"]pointermove['"]/.test(this.code)) this.pullReleasedAway();
    if (/tweens\.timeScale\s*=[^=]/.test(this.code) && !/time\.timeScale\s*=[^=]/.test(this.code)) this.tweenScaleForClock();
    if (/atan2\s*\(/.test(this.code) && /rotation|[Aa]ngle/.test(this.code)) this.atan2Mirrored();
    if (/body[AB]\.label\s*===?/.test(this.code)) this.matterPairOneOrder();
    if (/localStorage\.setItem/.test(this.code) && /localStorage\.getItem/.test(this.code)) this.storedThenReadBack();
    if (/body\.gravity\.y\s*(\*=|=\s*-)/.test(this.code)) this.bodyGravityFlippedFromZero();
    if (/killAndHide\s*\(/.test(this.code) && /getLength\s*\(/.test(this.code)) this.lengthShownOfKilled();
    if (/scene\.resume\s*\(/.test(this.code)) this.sceneResumedForPhysics();
    if (/setBounds\s*\([^;]*\+/.test(this.code)) this.boundsGivenEdges();
    if (/Geom\.Rectangle\s*\(/.test(this.code)) this.rectangleGivenCorners();
    if (/Angle\.Between\s*\(/.test(this.code) && /velocityFromRotation|Math\.cos|setToPolar/.test(this.code)) this.shotAwayFromTarget();
    if (/overlap(Circ|Rect)\s*\(/.test(this.code)) this.overlapBodiesAsObjects();
    if (/\.length\s*=\s*0\b|\.splice\s*\(\s*0\s*\)/.test(this.code)) this.savedListEmptied();
    if (/\]\s*\[/.test(this.code)) this.gridIndexSwapped();
    if (/getData\s*\(|\.body\.velocity\.set\s*\(|setVelocity\s*\(/.test(this.code) && /\bupdate\b/.test(this.code)) this.velocityPinnedInUpdate();
    if (/for\s*\(\s*(const|let|var)\s*[\[{\w][^;]*\bof\b/.test(this.code) && /\breturn\s*;/.test(this.code)) this.returnForContinue();
    if (/\.find(Index)?\s*\(/.test(this.code)) this.thresholdListAlwaysFirst();
    if (/tweens\.add\s*\(/.test(this.code) && /\b(angle|rotation)\s*:/.test(this.code)) this.readBeforeTweenTurns();
    if (/\bupdate\b/.test(this.code) && /\+=|-=/.test(this.code)) this.updateTimeAsStep();
    if (/\bfont\s*:|setFont\s*\(/.test(this.code)) this.fontShorthandWithoutSize();
    if (/RandomDataGenerator\s*\(/.test(this.code)) this.seededGeneratorInLoop();
    if (/position\s*\.\s*clone\s*\(/.test(this.code)) this.pointerCopiedOnce();
    if (/\belse\b/.test(this.code)) this.ifThenIfElseOverwrite();
    if (/\blet\b/.test(this.code) && /\*=\s*-1|=\s*-\s*\w/.test(this.code)) this.bounceOnLocalCopy();
    if (/getLength\s*\(|countActive\s*\(/.test(this.code)) this.groupNeverFilled();
    if (/&&/.test(this.code)) this.impossibleRange();
    if (/=\s*(false|0|null)\s*;/.test(this.code)) this.readAfterReset();
    if (/Math\.(floor|trunc|round)\s*\(|\|\s*0\b/.test(this.code) && /\bdelta\b|update\s*\(\s*\w+\s*,/.test(this.code)) this.roundedFrameShare();
    if (/\.(slice|filter|map|concat)\s*\(|=\s*\[\s*\]/.test(this.code)) this.aliasLeftBehind();
    if (/maxSize\s*:/.test(this.code) && !this.poolNeverFreed() && /setVisible\s*\(\s*false/.test(this.code)) this.poolMemberOnlyHidden();
    if (/\.setSize\s*\(/.test(this.code)) this.imageSizedAsBar();
    if (/Math\.min\s*\(/.test(this.code)) this.cappedBelowTarget();
    if (/\bnull\b/.test(this.code) && /\.fill\s*\(/.test(this.code)) this.sentinelNeverStored();
    if (/\breturn\b/.test(this.code)) this.pureResultDropped();
    if (/Distance\.Between\s*\(/.test(this.code)) this.pixelsAgainstTileIndices();
    if (/setData\s*\(/.test(this.code)) this.dataKeyReadAsField();
    if (/\blet\b/.test(this.code) && /\.(on|once|addEventListener)\s*\(|delayedCall|setTimeout/.test(this.code)) this.callbackWriteNeverRead();
    if (/(children|displayList)(\.list)?\s*\.\s*length|children\.getChildren/.test(this.code)) this.displayListCountCap();
    if (/make\.\w+\s*\(/.test(this.code) && /tweens\.add/.test(this.code)) this.tweenOnUndisplayed();
    if (/setPosition\s*\(|setXY\s*\(/.test(this.code) && /(fill|stroke)\w*\s*\(/.test(this.code)) this.graphicsMovedBetweenDrawings();
    if (/add\.graphics\s*\(/.test(this.code)) this.graphicsPlacedAndDrawnThere();
    if (/onComplete/.test(this.code) && /tweens\.add/.test(this.code)) this.testBeforeTweenCommits();
    if (/\.(unshift|push)\s*\(/.test(this.code) && /\.(some|find|findIndex|filter)\s*\(/.test(this.code)) this.listFindsItsNewHead();
    if (/\*=\s*-\s*1\b|=\s*-\s*this\./.test(this.code)) this.flipPerMember();
    if (/body[AB]\b/.test(this.code) && /matter\.add\.(image|sprite|gameObject)/.test(this.code)) this.pairBodyAgainstGameObjects();
    if (/add\.container\s*\(/.test(this.code) && /\.(width|height|displayWidth|displayHeight)\b/.test(this.code)) this.containerSizeRead();
    if (/\w\[\s*this\.\w+\s*\]/.test(this.code)) this.lookupKeysNeverHeld();
    if (/getData\s*\(/.test(this.code) && /setData\s*\(/.test(this.code)) this.dataKeyWrittenAsField();
    if (/[!=]==?/.test(this.code) && /\b(delta|dt)\b/.test(this.code)) this.exactArrivalOnFloatSteps();
    if (/\.pause\s*\(\s*\)/.test(this.code) && /particles\s*\(/.test(this.code)) this.emitterPausedThenStarted();
    if (/repeat\s*:/.test(this.code) && /addEvent\s*\(/.test(this.code)) this.countPastItsTimer();
    if (/getData\s*\(/.test(this.code) && /setData\s*\(/.test(this.code)) this.dataKeysNeverMeet();
    if (/if\s*\(\s*!?\s*this\.\w+\s*\)/.test(this.code)) this.fieldNeverSet();
    if (/READY|START|BOOT|['"](ready|start|boot)['"]/.test(this.code)) this.lateSceneStartListener();
    if (/['"]dragend['"]/.test(this.code)) this.droppedWithoutZones();
    if (/physics\.add\.(group|staticGroup)\s*\(/.test(this.code)) this.groupConfigFieldCopied();
    if (/\.destroy\s*\(\s*\)/.test(this.code) && /getData|data\.(get|values)/.test(this.code)) this.dataReadAfterDestroy();
    if (/getElapsed(Seconds)?\s*\(/.test(this.code)) this.loopingTimerAsClock();

    if (/(fill|stroke)(Rounded)?Rect\s*\(/.test(this.code)) this.rectCornerAsSize();
    if (/worldbounds/.test(this.code) && /setBounce\s*\(/.test(this.code)) this.bounceTurnedTwice();
    if (/\.length\b/.test(this.code) && /\.(group|staticGroup)\s*\(/.test(this.code)) this.groupLength();
    if (/getData\s*\(/.test(this.code)) this.dataCopyNeverStored();
    if (/else\s+if\s*\(/.test(this.code)) this.elseIfSubsumed();
    if (/setCollisionByExclusion\s*\(/.test(this.code)) this.exclusionWithoutEmpty();
    if (/=\s*\w+\.key\s*[;\n]/.test(this.code) && /[!=]==/.test(this.code)) this.keyStringBesideNumbers();
    if (/Math\.abs\s*\([^)]*\.x\s*-/.test(this.code)) this.pixelsAsCellSteps();
    if (/Object\.assign\s*\(|\.\.\.[A-Za-z_$]/.test(this.code)) this.sharedNestedTemplate();
    if (/new\s+Set\s*\(\s*\)/.test(this.code) && /\.has\s*\(/.test(this.code)) this.setHasFieldOfElements();
    if (/Math\.(round|floor|ceil|trunc)\s*\([^()]*\/[^()]*\*/.test(this.code)) this.snapInsideRound();
    if (/Math\.Rotate(Around)?\s*\(/.test(this.code)) this.rotationsAddUp();
    if (/\.key\b/.test(this.code) && /['"]key(down|up|press)['"]/.test(this.code)) this.letterKeyInCapitals();
    if (/\.clear\s*\(/.test(this.code) && /\bupdate\b/.test(this.code)) this.drawingClearedEachFrame();
    if (/addCounter\s*\(/.test(this.code) && /alpha/i.test(this.code)) this.counterValueAsAlpha();
    if (/add\.(ellipse|circle|arc|star|triangle|polygon)\s*\(/.test(this.code) && /\b(width|height)\s*:/.test(this.code)) this.shapeSizeWithoutGeometry();
    if (/\+=\s*[\w.]*\.key\b/.test(this.code) && /[!=]==/.test(this.code)) this.textComparedWithNumber();
    if (/\.(indexOf|lastIndexOf|findIndex|search)\s*\(/.test(this.code)) this.indexOfAsBoolean();
    if (/setInteractive\s*\(\s*new\s+Phaser\.Geom\./.test(this.code)) this.hitAreaAtCorner();
    if (/enableBody\s*\(\s*false/.test(this.code)) this.enableBodyWithoutReset();
    if (/Clamp\s*\(/.test(this.code)) this.clampValueLast();
    if (/isSleeping|sleepstart/i.test(this.code)) this.sleepWithoutSleeping();
    if (/setCollideWorldBounds/.test(this.code)) this.edgePassedAgainstBounds();
    if (/[!=]==?/.test(this.code)) this.comparedRightAfterCopy();
    if (/for\s*\(\s*const\s+\w+\s+of/.test(this.code) && /=\s*true/.test(this.code)) this.recycledKeepsFlag();
    if (/([!=]==?|[<>]=?)[^;\n]*([!=]==?|[<>]=?)/.test(this.code)) this.chainedComparison();
    if (/=\s*(0|null|false|undefined|''|""|-1)\s*;/.test(this.code)) this.copyOfJustCleared();
    if (/\.(slice|substring|splice)\s*\(/.test(this.code)) this.emptySliceTaken();
    if (/[-+][^;\n%]*\)\s*%\s*[\w.]/.test(this.code)) this.negativeRemainder();
    if (/\blet\s+\w+\s*=\s*this\.\w+\s*\[/.test(this.code)) this.elementCopyNeverStored();
    if (/['"`]\s*\+\s*[\w.]+|\$\{/.test(this.code) && /setData|data\.set|registry\.set/.test(this.code)) this.zeroBasedKeyOnOneBased();
    if (/\.(collider|overlap)\s*\(/.test(this.code)) this.processCallbackWithoutReturn();
    if (/['"]collisionactive['"]|COLLISION_ACTIVE/.test(this.code)) this.countedWhileTouching();
    if (/getDuration\s*\(/.test(this.code)) this.durationReadOnRelease();
    if (/parts\s*:/.test(this.code) && /matter\.add\./.test(this.code)) this.worldBodiesAsParts();
    if (/Math\.(floor|trunc)\s*\(\s*this\.\w+\s*\*/.test(this.code)) this.flooredGrowthStuck();
    if (/changedata-/.test(this.code) && /(registry|data)\.get\s*\(|getData\s*\(/.test(this.code)) this.storedObjectChangedUnheard();
    if (/['"](wake|resume)['"]/.test(this.code)) this.resumeHeardAsWake();
    if (/Math\.abs\s*\(/.test(this.code)) this.edgeBounceKeepsSign();
    if (/\b(delta|dt)\b/.test(this.code) && /\bupdate\b/.test(this.code)) this.frameStepAsValue();
    if (/Clamp\s*\(/.test(this.code)) this.centredClampedFromCorner();
    if (/setLength\s*\(/.test(this.code)) this.setLengthForLimit();
    if (/Math\.max\s*\(/.test(this.code)) this.highestByLargestY();
    if (/=\+\s*[\w(]/.test(this.code)) this.plusAssignTypo();
    if (/new\s+Array\s*\(/.test(this.code) && /\.every\s*\(/.test(this.code)) this.holesPassEvery();
    if (/Math\.(min|max)\s*\(\s*this\.\w+\s*,/.test(this.code)) this.bestStuckAtStart();
    if (/Math\.max\s*\(/.test(this.code)) this.capTakenWithMax();
    if (/setToPolar\s*\(/.test(this.code)) this.polarArgsSwapped();
    if (/getData\s*\(|data\.get\s*\(/.test(this.code)) this.dataKeyNeverWritten();
    if (/this\.\w+\s*[!=]==?/.test(this.code)) this.fieldOnlyItsStart();
    if (/(getLength|countActive)\s*\(|\.length\s*>/.test(this.code)) this.capTestedBeforeAdd();
    if (/\.splice\s*\(\s*\w+\s*\)/.test(this.code)) this.spliceWithoutCount();
    if (/nextGroup\s*\(\s*(false\s*)?\)/.test(this.code)) this.collidingGroupDoesNothing();
    if (/new\s+Set\s*\(/.test(this.code) && /\]\s*\[/.test(this.code)) this.setOfRows();
    if (/\/\[[^\]]+\]\/i?\s*\.\s*test\s*\(/.test(this.code) && /['"](Backspace|Enter|Shift|Escape|Space|Tab|Delete)['"]/.test(this.code)) this.unanchoredKeyTest();
    if (/Math\.abs\s*\(\s*\w+\s*[-+]\s*\w+\s*\)\s*[!=<>]/.test(this.code)) this.absOfSumForSteps();
    if (/[[,]\s*\w+\s*-\s*1\s*,/.test(this.code)) this.flatNeighboursWrap();
    if (/\.push\s*\(\s*\w+\s*\)\s*;\s*\w+\s*=\s*0/.test(this.code)) this.lastRunDropped();
    if (/%\s*\d/.test(this.code) && /Math\.floor\s*\(\s*\w+\s*\/\s*\d/.test(this.code)) this.gridLoopCutShort();
    if (/\bupdate\b/.test(this.code) && /delayedCall|addEvent/.test(this.code)) this.timerStartedEveryFrame();
    if (/repeat\s*:\s*-1/.test(this.code) && /onComplete|['"]complete['"]/.test(this.code)) this.endlessTweenAwaited();
    if (/\.body\.position\.set\s*\(|\.body\.(x|y)\s*=[^=]/.test(this.code) && !/matter/i.test(this.code)) this.arcadeBodyPlacedByHand();
    if (/time\s*>=?\s*this\.\w+|this\.\w+\s*<=?\s*time\b/.test(this.code)) this.nextTimeNeverStarted();
    if (/Math\.(round|floor|ceil|trunc)\s*\([^()]*\/[^()]*\)\s*\*\s*100\b/.test(this.code)) this.fractionRoundedBeforePercent();
    if (/for\s*\(\s*(const|let|var)\s+\w+\s+in\b/.test(this.code)) this.arrayKeysAsNumbers();
    if (/getFirst\s*\(\s*true\s*\)/.test(this.code)) this.liveMemberTakenToSpawn();
    if (/(countActive|getLength)\s*\(/.test(this.code) && /\.(destroy|disableBody|killAndHide)\s*\(/.test(this.code)) this.countedBeforeItsDestroy();
    if (/\+=\s*delta\b/.test(this.code)) this.secondsAgainstMilliseconds();
    if (/setGravityY\s*\(|gravity\.y\s*=/.test(this.code) && !/allowGravity|setAllowGravity/.test(this.code)) this.bodyGravityZeroUnderWorld();
    if (/velocity\.y\s*[<>]=?\s*0\b/.test(this.code)) this.fallingSignFlipped();
    if (/physics\.add\.group\s*\(/.test(this.code) && /\.setVelocity[XY]?\s*\(/.test(this.code)) this.groupSetBeforeMembers();
    if (/\.sort\s*\(\s*\)/.test(this.code)) this.numbersSortedAsText();
    if (/localStorage\.setItem\s*\(/.test(this.code) && /JSON\.parse/.test(this.code)) this.storedWithoutStringify();
    if (/setScale\s*\(|setDisplaySize\s*\(/.test(this.code) && /\.(width|height)\s*\/\s*2/.test(this.code)) this.scaledSizeReadUnscaled();
    if (/\.(shift|pop|splice)\s*\(/.test(this.code)) this.listAliasEmptied();
    if (/toString\s*\(\s*16\s*\)/.test(this.code)) this.hexWithoutPadding();
    if (/DEFAULT/i.test(this.code) && /\.\.\.|Object\.assign/.test(this.code)) this.defaultsOverSaved();
    if (/\.forEach\s*\(/.test(this.code) && /return\s*;/.test(this.code)) this.returnToLeaveForEach();
    if (/setScale\s*\(\s*[\w.]*(percent|pct)/i.test(this.code)) this.percentAsScale();
    if (/indexOf\s*\([^;]*\)\s*>\s*0\b/.test(this.code)) this.indexOfAboveZero();
    if (/\bswitch\s*\(/.test(this.code)) this.caseFallsThrough();
    if (/=|setData/.test(this.code)) this.swapWithoutTemporary();
    if (/=\s*[\w.]+\.forEach\s*\(|if\s*\(\s*!?[\w.]+\.forEach\s*\(/.test(this.code)) this.forEachResultUsed();
    if (/\.(subtract|add|scale|normalize|negate|rotate)\s*\(/.test(this.code)) this.vectorChangedInPlace();
    if (/Distance\.Between\s*\(/.test(this.code)) this.distanceAxisTwice();
    if (/['"`][^'"`\n]*['"`]\s*\+[^;\n?]*\?/.test(this.code)) this.concatTakenAsTest();
    if (/\.includes\s*\(\s*\[/.test(this.code)) this.includesNewArray();
    if (/\.(includes|indexOf)\s*\(\s*\w+\s*\)/.test(this.code)) this.includesFreshObject();
    if (/\.setText\s*\(/.test(this.code) && /\+\+|\+=|-=|--/.test(this.code)) this.textSetBeforeChange();
    if (/=\s*\{\s*\}/.test(this.code) && /\]\s*(\+\+|\+=|-=|--)/.test(this.code)) this.countFromMissingKey();
    if (/:\s*\[\s*\]/.test(this.code)) this.emptyArrayTested();
    if (/%/.test(this.code) && /\|\|/.test(this.code)) this.zeroTakenForMissing();
    if (/\w\.\w+\s*\|\|\s*\d/.test(this.code)) this.zeroOptionReplaced();
    if (/for\s*\(\s*let\s+\w+\s*=\s*-/.test(this.code)) this.lopsidedSpread();
    if (/Utils\.Array\.Remove(At)?\s*\(/.test(this.code)) this.arrayRemoveByIndex();
    if (/:\s*['"][+\-*/]\d/.test(this.code)) this.tweenOpWithoutEquals();
    if (/animationstop|ANIMATION_STOP/.test(this.code)) this.animationStopNeverStopped();
    if (/RoundTo\s*\(/.test(this.code)) this.roundToPlaceSign();
    if (/addEvent\s*\(/.test(this.code)) this.countdownOnOneShot();
    if (/\.splice\s*\(/.test(this.code) && /findIndex|indexOf/.test(this.code)) this.spliceAtNotFound();
    if (/scene\s*\.\s*(start|restart|launch|switch|run)\s*\([^;]*(\+\+|--)/.test(this.code)) this.postIncrementHandedOn();
    if (/\.get(Data)?\s*\(\s*['"]/.test(this.code)) this.compareWithUnsetKey();
    if (/\.get(Data)?\s*\(\s*['"]/.test(this.code)) this.localCopyOfStoredValue();
    if (/Clamp\s*\(/.test(this.code)) this.rawAfterClamp();
    if (/toLocaleString/.test(this.code)) this.localeTextParsedBack();
    if (/Math\.(abs|sign)/.test(this.code) && /\b\w+\s*[!=]==?\s*\w+/.test(this.code)) this.signedDiagonal();
    if (/\s+in\s+[\w.]+/.test(this.code)) this.inOnArray();
    if (/\.(getLast|getFirst|getFirstAlive|getLastAlive)\s*\(/.test(this.code) && /setVisible\s*\(\s*false|visible\s*=\s*false/.test(this.code)) this.hiddenStillActive();
    if (/scene\s*\.\s*switch\s*\(/.test(this.code) && /\.pause\s*\(/.test(this.code)) this.switchToPausedScene();
    if (/Rotate(AroundDistance|Around)?\s*\(/.test(this.code)) this.rotateByTotal();
    if (/HSVToRGB|HSLToColor/.test(this.code)) this.hueInDegrees();
    if (/Interpolate\s*\.\s*(ColorWithColor|RGBWithRGB|HSVWithHSV)/.test(this.code)) this.colourIndexAsFraction();
    if (/\bfrom\s*:\s*\w+\s*\*/.test(this.code)) this.timelineFromGrows();
    if (/_MS\b|WINDOW|PERFECT|TOLERANCE/.test(this.code)) this.signedHitWindow();
    if (/\.pop\s*\(\s*\)/.test(this.code) && /while\s*\(/.test(this.code)) this.searchQueuePopped();
    if (/=\s*[^;\n]*\?[^;\n]*[*/]\s*[\d.]+\s*:/.test(this.code) || /\?[^;\n]*:\s*[\w.]+\s*[*/]\s*[\d.]+/.test(this.code)) this.compoundedEachFrame();
    if (/particles\s*\(/.test(this.code) && /\.on\b(?!\s*\()/.test(this.code)) this.emitterOnAsFlag();
    if (/\.off\s*\([^;]*\.bind\s*\(/.test(this.code)) this.offWithNewBinding();
    if (/Angle\.Wrap\s*\(/.test(this.code)) this.radianWrapOnDegrees();
    if (/Actions\.ScaleXY\s*\(/.test(this.code)) this.scaleAddedForSet();
    if (/\.isDown\s*\)/.test(this.code)) this.heldKeyStepsEveryFrame();
    if (/maxSize\s*:/.test(this.code) && /\.create\s*\(/.test(this.code) && /killAndHide|disableBody|setActive\s*\(\s*false/.test(this.code)) this.poolFilledByCreate();
    return this.found;
  }

  collect() {
    const top = new Map(); // module variable name -> {init, line}
    for (const st of this.ast.body) {
      if (st.type !== 'VariableDeclaration' || st.kind === 'const') continue;
      for (const d of st.declarations) {
        const v = literalValue(d.init);
        if (d.id.type === 'Identifier' && v.ok) top.set(d.id.name, { init: v.value, line: lineOf(d) });
      }
    }
    this.vars = new Map(); // 'x' or 'Class#x' -> {name, init, line, cls, writes: [], tests: []}
    for (const [name, v] of top) this.vars.set(name, { name, init: v.init, line: v.line, cls: null, writes: [], tests: [] });
    this.shadowed = new Set();
    this.restarts = []; // {cls, line}
    this.starts = []; // {cls, key}
    this.launches = []; // {cls, key, line, roles}: scene.launch / run, another scene started beside this one
    this.calls = []; // {n, ctx, name}
    this.bareCalls = []; // names of plain function calls: setTimeout(...)
    this.assigns = []; // {path, prop, value, line}
    this.reads = new Map(); // member path read -> line
    this.classes = [];
    this.propKeys = new Set(); // keys of object literals
    this.props = []; // object literal properties: {key, value, line}
    this.decls = new Map(); // name -> [{init, line}] (every declaration of the name)
    this.numbers = new Map(); // number literal -> where each one starts, where a time is kept
    this.writes = new Map(); // name -> count of assignments to it
    const field = (cls, name) => this.vars.get(`${cls.start}#${name}`);
    walk(this.ast, (n, parent, key, ctx) => {
      if (n.type === 'Property' && !n.computed && n.key) {
        const key = n.key.type === 'Identifier' ? n.key.name : String(n.key.value);
        this.propKeys.add(key);
        this.props.push({ key, value: n.value, line: lineOf(n) });
      }
      // numbers where a time is kept (a comparison, a delay or cooldown key or name, a timer's argument): a timer's
      // delay found again there may be the repeating part
      if (n.type === 'Literal' && typeof n.value === 'number') {
        const TIMING = /delay|interval|period|cool|rate|time|tick|every|spawn|ms$|duration|wait|step|speed/i;
        const named = parent && (parent.type === 'Property' ? (parent.key && (parent.key.name || String(parent.key.value)))
          : parent.type === 'VariableDeclarator' ? (parent.id && parent.id.name) : parent.type === 'AssignmentExpression' ? memberPath(parent.left) : null);
        const timing = (parent && parent.type === 'BinaryExpression' && /^(<|<=|>|>=|===|==|%|-)$/.test(parent.operator))
          || (named && TIMING.test(named)) || (parent && parent.type === 'CallExpression' && key === 'arguments' && /delayedCall|addEvent|setTimeout|setInterval/.test(memberPath(parent.callee) || ''));
        if (timing) {
          if (!this.numbers.has(n.value)) this.numbers.set(n.value, []);
          this.numbers.get(n.value).push(n.start);
        }
      }
      if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier') {
        if (!this.decls.has(n.id.name)) this.decls.set(n.id.name, []);
        this.decls.get(n.id.name).push({ init: n.init, line: lineOf(n) });
      }
      if (n.type === 'AssignmentExpression' && n.left.type === 'Identifier') this.writes.set(n.left.name, (this.writes.get(n.left.name) || 0) + 1);
      if (n.type === 'UpdateExpression' && n.argument.type === 'Identifier') this.writes.set(n.argument.name, (this.writes.get(n.argument.name) || 0) + 1);
      if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') {
        this.classes.push(n);
        for (const m of n.body.body) {
          if (m.type === 'PropertyDefinition' && !m.static && m.key.type === 'Identifier') {
            const v = literalValue(m.value);
            if (v.ok) this.vars.set(`${n.start}#${m.key.name}`, { name: 'this.' + m.key.name, init: v.value, line: lineOf(m), cls: n, writes: [], tests: [] });
          }
          if (m.type !== 'MethodDefinition' || m.kind !== 'constructor') continue;
          for (const st of m.value.body.body) {
            const a = st.type === 'ExpressionStatement' ? st.expression : null;
            if (!a || a.type !== 'AssignmentExpression' || a.operator !== '=' || a.left.type !== 'MemberExpression' || a.left.object.type !== 'ThisExpression' || a.left.computed) continue;
            const v = literalValue(a.right);
            if (v.ok) this.vars.set(`${n.start}#${a.left.property.name}`, { name: 'this.' + a.left.property.name, init: v.value, line: lineOf(a), cls: n, writes: [], tests: [], ctor: a });
          }
        }
      }
      if (ctx.roles.length && (n.type === 'VariableDeclarator' || /Function/.test(n.type) || n.type === 'CatchClause')) {
        const ids = n.type === 'VariableDeclarator' ? [n.id] : n.type === 'CatchClause' ? [n.param] : n.params;
        for (const p of ids) { const id = p && p.type === 'AssignmentPattern' ? p.left : p; if (id && id.type === 'Identifier') this.shadowed.add(id.name); }
      }
      if (n.type === 'FunctionDeclaration' && ctx.roles.length && n.id) this.shadowed.add(n.id.name);
      // writes: x = v, x++, this.f = v
      const target = n.type === 'AssignmentExpression' ? n.left : n.type === 'UpdateExpression' ? n.argument : null;
      if (target) {
        let v = null;
        if (target.type === 'Identifier') v = this.vars.get(target.name);
        else if (target.type === 'MemberExpression' && !target.computed && target.object.type === 'ThisExpression' && ctx.cls) v = field(ctx.cls, target.property.name);
        if (v && n !== v.ctor) {
          const lit = n.type === 'AssignmentExpression' && n.operator === '=' ? literalValue(n.right) : { ok: false };
          v.writes.push({ lit, line: lineOf(n), role: ctx.roles[ctx.roles.length - 1], ctor: ctx.roles[0] === 'constructor', fn: ctx.fn, step: n.type === 'UpdateExpression' || ['+=', '-=', '*=', '/='].includes(n.operator) });
        }
        const path = memberPath(target);
        if (path && n.type === 'AssignmentExpression') this.assigns.push({ path, prop: path.split('.').pop(), value: n.right, line: lineOf(n), op: n.operator });
      }
      // reads as a condition: if (gameOver) return; if (!this.gameOver) ...
      if (ctx.inTest && (key !== 'left' || parent.type !== 'AssignmentExpression')) {
        let v = null;
        if (n.type === 'Identifier' && !(parent && parent.type === 'MemberExpression' && key === 'property' && !parent.computed)) v = this.vars.get(n.name);
        else if (n.type === 'MemberExpression' && !n.computed && n.object.type === 'ThisExpression' && ctx.cls) v = field(ctx.cls, n.property.name);
        if (v) v.tests.push({ line: lineOf(n), inUpdate: ctx.roles.includes('update') });
      }
      if (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier' && !(parent && parent.type === 'AssignmentExpression' && key === 'left')) { const p = memberPath(n) || '.' + n.property.name; if (!this.reads.has(p)) this.reads.set(p, lineOf(n)); }
      if (n.type === 'CallExpression' && n.callee.type === 'Identifier') {
        this.bareCalls.push(n.callee.name);
        if (n.callee.name === 'setTimeout') (this.bareTimerCalls = this.bareTimerCalls || []).push({ n, ctx, name: 'setTimeout', on: null });
      }
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.property.type === 'Identifier') {
        const name = n.callee.property.name;
        this.calls.push({ n, ctx, name, on: memberPath(n.callee.object) });
        const onScene = n.callee.object.type === 'MemberExpression' && !n.callee.object.computed && n.callee.object.property.name === 'scene';
        if (onScene && name === 'restart') this.restarts.push({ cls: ctx.cls, line: lineOf(n), fn: ctx.fn });
        const a = n.arguments[0];
        if (onScene && name === 'start' && a && a.type === 'Literal' && typeof a.value === 'string') this.starts.push({ cls: ctx.cls, key: a.value, line: lineOf(n), fn: ctx.fn });
        if (onScene && ['launch', 'run'].includes(name) && a && a.type === 'Literal' && typeof a.value === 'string') this.launches.push({ cls: ctx.cls, key: a.value, line: lineOf(n), roles: ctx.roles });
      }
    });
    for (const name of this.shadowed) this.vars.delete(name);
  }

  // this.events.on(Phaser.Core.Events.HIDDEN) / ('blur'): the game emits its page and loop events (hidden, visible,
  // blur, focus, step, postrender, contextlost) on game.events; the scene's emitter never hears them
  gameEventsOnScene() {
    const GAME_ONLY = { blur: 'BLUR', focus: 'FOCUS', hidden: 'HIDDEN', visible: 'VISIBLE', contextlost: 'CONTEXT_LOST', prestep: 'PRE_STEP', step: 'STEP', poststep: 'POST_STEP', postrender: 'POST_RENDER' };
    const byConst = new Map(Object.entries(GAME_ONLY).map(([name, k]) => [k, name]));
    for (const c of this.calls) {
      if (!['on', 'once'].includes(c.name) || !/^((this|scene|this\.scene)\.)?(sys\.)?events$/.test(c.on || '')) continue;
      const ev = c.n.arguments[0];
      if (!ev) continue;
      const path = memberPath(ev) || '';
      const name = ev.type === 'Literal' && typeof ev.value === 'string' ? ev.value : /^(Phaser\.)?Core\.Events\.[A-Z_]+$/.test(path) ? byConst.get(path.split('.').pop()) : null;
      if (!name || !GAME_ONLY[name]) continue;
      const text = this.code.slice(ev.start, ev.end);
      this.add('never_fires', true, `${c.on}.${c.name}(${text}) (line ${lineOf(c.n)}): '${name}' is emitted by the game, on this.game.events, never on a scene's own events, so the handler never runs (this.game.events.${c.name}(${text}, ...))`, lineOf(c.n), `this.game.events.${c.name}`);
      return;
    }
  }

  // timer.remove(); then timer.getElapsed(): remove() sets the timer's elapsed time to its whole delay, so what is read
  // after it is always the delay (progress 1, nothing remaining), whatever time really passed
  timerReadAfterRemove() {
    const timers = this.madeBy(/(^|\.)time\.(addEvent|delayedCall)$/);
    for (const [path, v] of this.bindings()) if (v.type === 'NewExpression' && /(^|\.)TimerEvent$/.test(memberPath(v.callee) || '')) timers.add(path);
    if (!timers.size) return;
    let hit = null;
    walk(this.ast, (n) => {
      if (hit || n.type !== 'BlockStatement') return;
      n.body.forEach((st, i) => {
        const call = st.type === 'ExpressionStatement' ? st.expression : null;
        if (hit || !call || call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || call.callee.property.name !== 'remove' || call.arguments.length > 1) return;
        const timer = memberPath(call.callee.object);
        if (!timer || !timers.has(timer)) return;
        const esc = timer.replace(/[.$]/g, (ch) => '\\' + ch);
        for (const later of n.body.slice(i + 1)) {
          const text = this.code.slice(later.start, later.end);
          if (new RegExp(`${esc}\\s*=[^=]`).test(text)) return;
          const m = new RegExp(`${esc}\\s*\\.\\s*(get(Elapsed|Progress|Remaining|OverallProgress|OverallRemaining)\\w*)\\s*\\(`).exec(text);
          if (m) { hit = { call, timer, read: m[1], line: lineOf(later) + text.slice(0, m.index).split('\n').length - 1 }; return; }
        }
      });
    });
    if (!hit) return;
    this.add('wrong_argument', true, `${hit.timer}.remove() (line ${lineOf(hit.call)}) comes before ${hit.timer}.${hit.read}() (line ${hit.line}): remove() sets the timer's elapsed time to its whole delay, so what is read after it is always the delay, not the time that passed (read it before remove())`, hit.line, `${hit.timer}.${hit.read}() before remove()`);
  }

  // this.cookies += this.getCps() * delta in update(time, delta): a rate per second times delta, which counts
  // milliseconds, gives a thousand times the rate the game shows
  perSecondTimesDelta() {
    for (const fn of this.lifecycle('update')) {
      const d = fn.params[1];
      if (!d || d.type !== 'Identifier') continue;
      let hit = null;
      walk(fn.body, (n) => {
        if (hit || n.type !== 'AssignmentExpression' || !['+=', '-='].includes(n.operator)) return;
        const r = n.right;
        if (r.type !== 'BinaryExpression' || r.operator !== '*') return;
        const [rate, by] = r.left.type === 'Identifier' && r.left.name === d.name ? [r.right, r.left] : [r.left, r.right];
        if (by.type !== 'Identifier' || by.name !== d.name) return;
        const text = this.code.slice(rate.start, rate.end);
        if (/\/\s*1000|0\.001|1e-3/.test(text) || !/(^|[^a-z])(cps|[a-z]*per_?sec(ond)?s?)([^a-z]|$)|[a-z](Cps|PerSec(ond)?s?)([^a-z]|$)/i.test(text)) return;
        hit = { n, text };
      });
      if (!hit) continue;
      const target = this.code.slice(hit.n.left.start, hit.n.left.end);
      this.add('wrong_argument', true, `${target} ${hit.n.operator} ${hit.text} * ${d.name} (line ${lineOf(hit.n)}): ${hit.text} is a rate per second and ${d.name} counts milliseconds, so this adds a thousand times the rate (${hit.text} * ${d.name} / 1000)`, lineOf(hit.n), `${hit.text} * ${d.name} / 1000`);
      return;
    }
  }

  // this.energy = Math.max(0, this.energy - delta * 2.5) in update(time, delta), where energy is only ever set to 1:
  // delta counts milliseconds, so one frame (16.7 ms) takes away more than the value ever holds, and it is back to 0
  // in the frame after it is set: whatever it drives never shows (delta / 1000 * 2.5 for 2.5 a second)
  decayedInOneFrame() {
    for (const fn of this.lifecycle('update')) {
      const d = fn.params[1];
      if (!d || d.type !== 'Identifier') continue;
      const isDelta = (e) => e && e.type === 'Identifier' && e.name === d.name;
      let hit = null;
      walk(fn.body, (n) => {
        if (hit || n.type !== 'AssignmentExpression') return;
        const target = memberPath(n.left);
        if (!target || !target.startsWith('this.')) return;
        // what is taken away: F -= ..., F = F - ..., F = Math.max(0, F - ...)
        let sub = null;
        if (n.operator === '-=') sub = n.right;
        else if (n.operator === '=') {
          let r = n.right;
          if (r.type === 'CallExpression' && /(^|\.)Math\.max$/.test(memberPath(r.callee) || '') && r.arguments.length === 2 && r.arguments.some((a) => this.numberOf(a) === 0)) r = r.arguments.find((a) => a.type === 'BinaryExpression');
          if (r && r.type === 'BinaryExpression' && r.operator === '-' && memberPath(r.left) === target) sub = r.right;
        }
        if (!sub || sub.type !== 'BinaryExpression' || sub.operator !== '*') return;
        const k = isDelta(sub.left) ? sub.right : isDelta(sub.right) ? sub.left : null;
        const rate = k ? this.numberOf(k) : null;
        if (typeof rate !== 'number' || rate <= 0) return;
        // every other write of the field sets a number, the largest of them gone within one frame
        const others = this.assigns.filter((a) => a.path === target && a.value !== n.right);
        if (!others.length || new RegExp(`${target.replace(/[.$]/g, (ch) => '\\' + ch)}\\s*(\\+\\+|--)|(\\+\\+|--)\\s*${target.replace(/[.$]/g, (ch) => '\\' + ch)}`).test(this.code)) return;
        const values = others.map((a) => (a.op === '=' ? this.numberOf(a.value) : null));
        if (values.some((v) => typeof v !== 'number')) return;
        const top = Math.max(...values);
        if (top > 0 && top <= rate * 16.7) hit = { n, top, k: this.code.slice(k.start, k.end), line: others.find((a) => this.numberOf(a.value) === top).line };
      });
      if (!hit) continue;
      this.add('wrong_argument', true, `${this.code.slice(hit.n.start, hit.n.end).replace(/\s+/g, ' ').slice(0, 70)} (line ${lineOf(hit.n)}): ${d.name} counts milliseconds, so one frame (16.7 ms) takes away ${Math.round(Number(hit.k) * 16.7 * 100) / 100 || hit.k + ' x 16.7'}, more than the ${hit.top} it is ever set to (line ${hit.line}): it is back to 0 the frame after it is set, and what it drives never shows (${d.name} / 1000 * ${hit.k} for ${hit.k} a second)`, lineOf(hit.n), `${d.name} / 1000 * ${hit.k}`);
      return;
    }
  }

  // Phaser.Math.RoundTo(n / 1000, 1) for one decimal: a positive place rounds to tens (10 ** place), so a scaled number
  // (1.2 of a thousand) comes out 0 or 10 (RoundTo(x, -1) keeps one decimal)
  roundToTens() {
    for (const c of this.calls) {
      if (!/^(RoundTo|FloorTo|CeilTo)$/.test(c.name) || !/(^|\.)Math$/.test(c.on || '')) continue;
      const [value, place] = c.n.arguments;
      const k = place ? literalValue(place) : { ok: false };
      if (!value || !k.ok || typeof k.value !== 'number' || k.value < 1 || k.value > 3) continue;
      let v = value;
      if (v.type === 'Identifier') { const d = this.decls.get(v.name); v = d && d.length === 1 && !this.writes.get(v.name) ? d[0].init : null; }
      if (!v || v.type !== 'BinaryExpression' || v.operator !== '/') continue;
      const text = this.code.slice(c.n.start, c.n.end);
      this.add('wrong_argument', true, `${text} (line ${lineOf(c.n)}): a positive place rounds to ${10 ** k.value}s (${c.name}(x, place) rounds to 10 ** place), so a scaled-down number comes out a multiple of ${10 ** k.value}, usually 0 (a negative place keeps decimals: ${c.name}(x, -${k.value}))`, lineOf(c.n), `${c.name}(x, -${k.value})`);
      return;
    }
  }

  // time.addEvent({ loop: true, callback: produce, args: [this.perBaker] }): the args array is made once, with the
  // number the field held then; a later this.perBaker *= 2 never reaches the callback's parameter
  timerArgsCopied() {
    for (const c of this.calls) {
      const cfg = c.n.arguments[0];
      if (c.name !== 'addEvent' || !/(^|\.)time$/.test(c.on || '') || !cfg || cfg.type !== 'ObjectExpression') continue;
      const props = new Map(cfg.properties.filter((q) => q.type === 'Property' && q.key).map((q) => [q.key.name || q.key.value, q.value]));
      const loops = (props.get('loop') && props.get('loop').type === 'Literal' && props.get('loop').value === true) || (props.get('repeat') && !(props.get('repeat').type === 'Literal' && props.get('repeat').value === 0));
      const args = props.get('args');
      if (!loops || !args || args.type !== 'ArrayExpression') continue;
      // the callback and the parameter the copied field lands in
      const fn = this.handlerFunction(props.get('callback'));
      if (!fn || !fn.body) continue;
      const body = this.code.slice(fn.body.start, fn.body.end);
      for (let i = 0; i < args.elements.length; i++) {
        const field = memberPath(args.elements[i]);
        const param = fn.params[i];
        if (!field || !/^this\.\w+$/.test(field) || !param || param.type !== 'Identifier' || !new RegExp(`\\b${param.name}\\b`).test(body)) continue;
        // changed after the timer was made, outside the set-up code that made it
        // (or before it, in a callback the set-up code hands on: a shop table's apply: () => { this.income += 1; })
        const change = this.assigns.find((a) => a.path === field && !(c.ctx.fn && a.value.start >= c.ctx.fn.start && a.value.end <= c.ctx.fn.end && !this.withinCallback(c.ctx.fn, a.value))
          && (a.value.start > cfg.end || (c.ctx.fn && a.value.start >= c.ctx.fn.start && a.value.end <= c.ctx.fn.end)));
        if (!change) continue;
        this.add('never_fires', true, `${field} changes at line ${change.line}, but the timer of line ${lineOf(c.n)} hands its callback args: [${field}], an array made once with the number the field held then: ${param.name} never sees the change (read ${field} in the callback)`, change.line, `read ${field} in the callback`);
        return;
      }
    }
  }

  // whether node lies in a function nested inside fn (a handler made there runs later)
  withinCallback(fn, node) {
    let inner = false;
    walk(fn.body, (n) => { if (!inner && n !== fn && /Function/.test(n.type) && n.start <= node.start && node.end <= n.end) inner = true; });
    return inner;
  }

  // (r * 12 + c) % 2 for a checkerboard: with an even row length, the parity of the index is the column's alone, so
  // every row starts with the same colour and the board comes out in stripes ((r + c) % 2)
  parityOfRowMajorIndex() {
    const evenWidth = (n) => {
      if (!n || n.type !== 'BinaryExpression' || !['+', '-'].includes(n.operator)) return null;
      for (const [prod, other] of [[n.left, n.right], [n.right, n.left]]) {
        if (prod.type !== 'BinaryExpression' || prod.operator !== '*' || other.type !== 'Identifier') continue;
        for (const [row, w] of [[prod.left, prod.right], [prod.right, prod.left]]) {
          const width = this.arithmetic(w);
          if (row.type === 'Identifier' && row.name !== other.name && width !== null && width >= 2 && width % 2 === 0) return { row: row.name, col: other.name, width };
        }
      }
      return null;
    };
    let hit = null;
    walk(this.ast, (n) => {
      if (hit || n.type !== 'BinaryExpression' || n.operator !== '%' || literalValue(n.right).value !== 2) return;
      let e = n.left;
      if (e.type === 'Identifier') { const d = this.decls.get(e.name); e = d && d.length === 1 && !this.writes.get(e.name) ? d[0].init : null; }
      const found = evenWidth(e);
      if (found) hit = { n, ...found };
    });
    if (!hit) return;
    const text = this.code.slice(hit.n.start, hit.n.end);
    this.add('wrong_argument', true, `${text} (line ${lineOf(hit.n)}): with rows ${hit.width} long, an even number, the index's parity is ${hit.col}'s alone, so every row starts the same and the cells alternate in stripes, not as a checkerboard ((${hit.row} + ${hit.col}) % 2)`, lineOf(hit.n), `(${hit.row} + ${hit.col}) % 2`);
  }

  // car.setAngularVelocity(TURN_RATE) with TURN_RATE = Math.PI: an Arcade body's angular velocity counts degrees per
  // second, so a rate in radians turns the object about 3 degrees a second
  angularVelocityInRadians() {
    const radians = (n, depth = 0) => {
      if (!n || depth > 3) return false;
      const text = this.code.slice(n.start, n.end);
      if (/RadToDeg|180/.test(text)) return false;
      if (/Math\.PI|Math\.TAU|PI2\b/.test(text)) return true;
      let found = false;
      walk(n, (m) => {
        if (found || m.type !== 'Identifier') return;
        const d = this.decls.get(m.name);
        if (d && d.length === 1 && !this.writes.get(m.name) && d[0].init && radians(d[0].init, depth + 1)) found = true;
      });
      return found;
    };
    for (const c of this.calls) {
      const v = c.n.arguments[0];
      if (c.name !== 'setAngularVelocity' || !v || !radians(v)) continue;
      const text = this.code.slice(v.start, v.end);
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}): an Arcade body's angular velocity counts degrees per second, and ${text} is a rate in radians (it comes from Math.PI), so the object turns about ${Math.round(180 / Math.PI)} times too slowly (Phaser.Math.RadToDeg(${text}))`, lineOf(c.n), `Phaser.Math.RadToDeg(${text})`);
      return;
    }
  }

  // collider(player, platforms, null, (p, plat) => p.body.bottom <= plat.body.top): the process callback runs for bodies
  // that already overlap, after this step moved them, so one's bottom is always below the other's top: the test is
  // always false and the collision never happens (a one-way platform the player falls through)
  processTestAlwaysFalse() {
    for (const c of this.calls) {
      if (!['collider', 'overlap'].includes(c.name) || !/(^|\.)physics\.add$/.test(c.on || '')) continue;
      const fn = this.handlerFunction(c.n.arguments[3]);
      if (!fn || fn.params.length < 2 || fn.params.some((p) => p.type !== 'Identifier')) continue;
      const [a, b] = fn.params.map((p) => p.name);
      // the value it returns: an expression body, or a last return statement after guards that return false
      const st = fn.body.type === 'BlockStatement' ? fn.body.body : [];
      const guard = (g) => g.type === 'IfStatement' && !g.alternate && /^\{?\s*return\s+false\s*;?\s*\}?$/.test(this.code.slice(g.consequent.start, g.consequent.end));
      const ret = fn.body.type !== 'BlockStatement' ? fn.body
        : (st.length && st[st.length - 1].type === 'ReturnStatement' && st.slice(0, -1).every(guard) ? st[st.length - 1].argument : null);
      if (!ret) continue;
      const conjuncts = [];
      const split = (e) => { if (e.type === 'LogicalExpression' && e.operator === '&&') { split(e.left); split(e.right); } else conjuncts.push(e); };
      split(ret);
      if (conjuncts.some((e) => e.type === 'LogicalExpression')) continue;
      const edge = (e, who, side) => memberPath(e) === `${who}.body.${side}`;
      const never = conjuncts.find((e) => e.type === 'BinaryExpression' && ['<=', '<'].includes(e.operator)
        && ((edge(e.left, a, 'bottom') && edge(e.right, b, 'top')) || (edge(e.left, b, 'bottom') && edge(e.right, a, 'top'))));
      if (!never) continue;
      const text = this.code.slice(never.start, never.end);
      this.add('never_fires', true, `the process callback of the ${c.name} at line ${lineOf(c.n)} returns ${text} (line ${lineOf(never)}): it runs only for bodies that already overlap, after this step moved them, so the bottom is always past the top and the ${c.name === 'collider' ? 'collision never happens' : 'overlap is never reported'} (test where the body was: ${a}.body.prev.y, or velocity.y > 0)`, lineOf(never), `${a}.body.prev`);
      return;
    }
  }

  // minimap = this.cameras.add(x, y, 200, 150).setZoom(0.1); minimap.setScroll(0, 0): a camera zooms round its middle,
  // so at scroll (0, 0) a zoomed-out camera looks at a stretch left of and above the world, mostly empty
  zoomedCameraAtCorner() {
    const view = this.viewSize();
    for (const [path, value] of this.bindings()) {
      const { made, chain } = this.creation(value);
      if (!made || !/(^|\.)cameras\.add$/.test(memberPath(made.callee) || '')) continue;
      const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
      const w = this.numberOf(made.arguments[2]);
      if (view && w !== null && w >= view.w) continue;
      const zoom = chain.map((n) => ({ n })).find((c) => c.n.callee.property.name === 'setZoom') || this.calls.find((c) => c.name === 'setZoom' && (c.on === path || this.chainRoot(c.n) === path));
      const z = zoom ? this.arithmetic(zoom.n.arguments[0]) : null;
      if (!zoom || (z !== null && z >= 1)) continue;
      const atCorner = this.calls.find((c) => c.name === 'setScroll' && (c.on === path || this.chainRoot(c.n) === path) && c.n.arguments.length >= 1 && c.n.arguments.every((a) => this.numberOf(a) === 0));
      if (!atCorner) continue;
      if (new RegExp(`${esc}\\s*\\.\\s*(centerOn|centerToBounds|startFollow|setBounds|setOrigin|pan|scroll[XY]\\s*=|originX|originY)`).test(this.bare())) continue;
      this.add('misplaced', true, `${path}.setScroll(0, 0) (line ${lineOf(atCorner.n)}) on a camera zoomed out (setZoom, line ${lineOf(zoom.n)}): a camera zooms round its middle, so at scroll (0, 0) it looks at a stretch left of and above the world, most of it empty, and the world sits in one corner of it (${path}.centerOn(worldWidth / 2, worldHeight / 2))`, lineOf(atCorner.n), `${path}.centerOn(...)`);
      return;
    }
  }

  // pool.get(x, -20) for things that fall in from above, and update() putting away every member outside the view
  // (!worldView.contains(o.x, o.y), o.y < 0): each one is outside the view when it is made, so it is put away in the
  // frame it appears and never seen
  spawnedWhereRecycled() {
    const view = this.viewSize();
    if (!view || CAMERA_SCROLLS.test(this.bare())) return;
    const KILL = /\.(destroy|killAndHide|kill|disableBody|setActive\s*\(\s*false|setVisible\s*\(\s*false)|\.active\s*=\s*false/;
    // the groups whose members update() walks, and the test that puts a member away
    const tests = []; // {group, member, cond, line}
    for (const fn of this.lifecycle('update')) {
      walk(fn.body, (n) => {
        if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression') return;
        const m = /^(.+?)\.(getChildren\(\)\.forEach|children\.(iterate|each)|children\.entries\.forEach|getMatching\([^)]*\)\.forEach)$/.exec(this.code.slice(n.callee.start, n.callee.end).replace(/\s+/g, ''));
        const cb = n.arguments[0];
        if (!m || !cb || !/Function/.test(cb.type) || !cb.params[0] || cb.params[0].type !== 'Identifier') return;
        const member = cb.params[0].name;
        walk(cb.body, (s) => {
          if (s.type !== 'IfStatement' || !KILL.test(this.code.slice(s.consequent.start, s.consequent.end))) return;
          tests.push({ group: m[1], member, cond: s.test, line: lineOf(s) });
        });
      });
    }
    if (!tests.length) return;
    for (const t of tests) {
      // the spawn places of that group: group.get(x, y) / group.create(x, y), or body.reset(x, y) beside a get()
      const gEsc = t.group.replace(/[.$]/g, (ch) => '\\' + ch);
      const ys = [];
      for (const c of this.calls) {
        if (/^(get|create)$/.test(c.name) && c.on === t.group && c.n.arguments.length >= 2) ys.push({ y: this.arithmetic(c.n.arguments[1]), line: lineOf(c.n) });
        if (c.name === 'reset' && /\.body$/.test(c.on || '') && c.ctx.fn && new RegExp(`${gEsc}\\s*\\.\\s*get\\s*\\(`).test(this.code.slice(c.ctx.fn.start, c.ctx.fn.end)) && c.n.arguments.length >= 2) ys.push({ y: this.arithmetic(c.n.arguments[1]), line: lineOf(c.n) });
      }
      const spawn = ys.find((s) => s.y !== null);
      if (!spawn || ys.some((s) => s.y === null || s.y !== spawn.y)) continue;
      // the test's parts: only the member's active / visible besides the place test
      const parts = [];
      const split = (e) => { if (e.type === 'LogicalExpression' && e.operator === '&&') { split(e.left); split(e.right); } else parts.push(e); };
      split(t.cond);
      const mem = t.member;
      const flags = parts.filter((e) => [`${mem}.active`, `${mem}.visible`].includes(memberPath(e)));
      const place = parts.filter((e) => !flags.includes(e));
      if (place.length !== 1) continue;
      const e = place[0];
      let outside = false;
      const text = this.code.slice(e.start, e.end).replace(/\s+/g, '');
      if (new RegExp(`^!(\\w+|this\\.cameras\\.main\\.worldView|[\\w.]+\\.worldView)\\.contains\\(${mem}\\.x,${mem}\\.y\\)$`).test(text)) {
        const v = /^!(\w+)\.contains/.exec(text);
        const isView = !v || this.bindings().some(([p, val]) => p === v[1] && /worldView$/.test(memberPath(val) || ''));
        outside = isView && (spawn.y < 0 || spawn.y > view.h);
      } else {
        // o.y < 0 || o.y > 600
        const ors = [];
        const splitOr = (x) => { if (x.type === 'LogicalExpression' && x.operator === '||') { splitOr(x.left); splitOr(x.right); } else ors.push(x); };
        splitOr(e);
        outside = ors.some((x) => x.type === 'BinaryExpression' && memberPath(x.left) === `${mem}.y` && this.arithmetic(x.right) !== null
          && ((['<', '<='].includes(x.operator) && (x.operator === '<' ? spawn.y < this.arithmetic(x.right) : spawn.y <= this.arithmetic(x.right)))
            || (['>', '>='].includes(x.operator) && (x.operator === '>' ? spawn.y > this.arithmetic(x.right) : spawn.y >= this.arithmetic(x.right)))));
      }
      if (!outside) continue;
      this.add('never_fires', true, `${t.group}'s members are made at y = ${spawn.y} (line ${spawn.line}), and update() puts away every member where ${this.code.slice(e.start, e.end)} (line ${t.line}), which is already true where they are made: each one is put away in the frame it appears and never seen (test only what has left the view: ${mem}.y > ${view.h} + margin)`, t.line, 'a test that lets a new member in');
      return;
    }
  }

  // overlap(player, coins, (p, coin) => { score += 10; tween coin away, onComplete: coin.destroy() }): the callback runs
  // on every frame the two still touch, and the object goes only when the tween ends, so the one-off change (a point,
  // a key used up) happens once a frame for the whole tween
  repeatsUntilDeferredRemoval() {
    const REMOVE = (p) => new RegExp(`\\b${p}\\s*\\.\\s*(destroy|disableBody|setActive\\s*\\(\\s*false|body\\s*\\.\\s*enable\\s*=\\s*false)|(killAndHide|disableBody|remove)\\s*\\(\\s*${p}\\b`);
    for (const c of this.calls) {
      if (!['collider', 'overlap'].includes(c.name) || !/(^|\.)physics\.add$/.test(c.on || '') || c.n.arguments[3] && c.n.arguments[3].type !== 'Literal') continue;
      const fn = this.handlerFunction(c.n.arguments[2]);
      if (!fn || fn.body.type !== 'BlockStatement' || fn.params.length < 2 || fn.params.some((p) => p.type !== 'Identifier')) continue;
      // the handler's own statements, without the functions it hands on
      let own = this.code.slice(fn.body.start, fn.body.end);
      const nested = [];
      walk(fn.body, (n) => { if (n !== fn && /Function/.test(n.type)) nested.push(n); });
      for (const n of nested.sort((x, y) => y.start - x.start)) {
        if (nested.some((o) => o !== n && o.start <= n.start && n.end <= o.end)) continue;
        own = own.slice(0, n.start - fn.body.start) + ' '.repeat(n.end - n.start) + own.slice(n.end - fn.body.start);
      }
      for (const p of fn.params.map((q) => q.name)) {
        // removed only later: in a tween's onComplete or a delayed call, never in the handler itself, with no mark on it
        if (REMOVE(p).test(own) || new RegExp(`\\b${p}\\s*\\.\\s*(\\w+\\s*=[^=]|setData|data\\b|body\\b|input\\b)`).test(own)) continue;
        const later = nested.find((n) => REMOVE(p).test(this.code.slice(n.start, n.end)));
        if (!later) continue;
        // the change that should happen once: a number counted up or down outside the object
        let step = null;
        walk(fn.body, (n) => {
          if (step || nested.some((o) => o.start <= n.start && n.end <= o.end)) return;
          const target = n.type === 'UpdateExpression' ? n.argument : n.type === 'AssignmentExpression' && ['+=', '-='].includes(n.operator) ? n.left : null;
          const path = target && memberPath(target);
          if (path && !path.startsWith(p + '.') && !/\.(x|y|alpha|angle|rotation|scale\w*|tint|depth|width|height)$/.test(path)) step = n;
        });
        if (!step) continue;
        this.add('never_fires', true, `${this.code.slice(step.start, step.end)} (line ${lineOf(step)}) in the ${c.name} callback of line ${lineOf(c.n)} happens on every frame the two still touch: ${p} is taken away only later (line ${lineOf(later)}), so it counts again each frame until then (take ${p}'s body away at once: ${p}.body.enable = false, or mark it and return when marked)`, lineOf(step), `${p}.body.enable = false`);
        return;
      }
    }
  }

  // scene: [UIScene, GameScene] where UIScene launches GameScene and GameScene's camera fills its background: scenes
  // are drawn in the order they are listed, so the game's opaque background covers everything the UI scene draws
  overlayUnderLaunchedScene() {
    const list = this.props.find((p) => p.key === 'scene' && p.value.type === 'ArrayExpression' && p.value.elements.length >= 2 && p.value.elements.every((e) => e && e.type === 'Identifier'));
    if (!list || /bringToTop|sendToBack|moveAbove|moveBelow|moveUp|moveDown|swapPosition/.test(this.bare())) return;
    const classes = new Map(this.classes.filter((k) => k.id).map((k) => [k.id.name, k]));
    const order = list.value.elements.map((e) => classes.get(e.name));
    if (order.some((k) => !k)) return;
    for (let i = 0; i < order.length; i++) {
      const ui = order[i];
      const uiText = this.code.slice(ui.start, ui.end);
      if (!/this\.add\.(text|rectangle|container|graphics|image|sprite)\s*\(/.test(uiText)) continue;
      for (const game of order.slice(i + 1)) {
        const key = sceneKeyOf(game) || game.id.name;
        const launch = new RegExp(`this\\.scene\\.(launch|run)\\(\\s*['"]${key}['"]`).exec(uiText);
        if (!launch) continue;
        const bg = /this\.cameras\.main\.setBackgroundColor\(\s*(['"]#[0-9a-fA-F]{6}['"]|0x[0-9a-fA-F]{6}|['"]rgb\()/.exec(this.code.slice(game.start, game.end));
        if (!bg) continue;
        const line = list.line;
        this.add('hidden', true, `${ui.id.name} launches '${key}' (line ${this.code.slice(0, ui.start + launch.index).split('\n').length}), and scene: [${list.value.elements.map((e) => e.name).join(', ')}] (line ${line}) draws the scenes in that order: ${game.id.name}'s camera fills its background (line ${this.code.slice(0, game.start + bg.index).split('\n').length}) over everything ${ui.id.name} draws, so none of it is seen (list ${ui.id.name} after ${game.id.name}, or call this.scene.bringToTop() in it)`, line, `scene: [..., ${game.id.name}, ${ui.id.name}]`);
        return;
      }
    }
  }

  // ball.body.checkCollision.bottom = false: a body's (and the world's) checkCollision has up, down, left, right and
  // none; any other key is a new field nothing reads, so that side still collides
  checkCollisionUnknownSide() {
    const a = this.assigns.find((x) => /\.checkCollision\.\w+$/.test(x.path) && !['up', 'down', 'left', 'right', 'none'].includes(x.prop));
    if (!a) return;
    const SIDES = { bottom: 'down', top: 'up', floor: 'down', ceiling: 'up', Bottom: 'down', Top: 'up', Down: 'down', Up: 'up', Left: 'left', Right: 'right' };
    const side = SIDES[a.prop] || null;
    this.add('wrong_argument', true, `${a.path} = ... (line ${a.line}): checkCollision has up, down, left, right and none, and no '${a.prop}', so this sets a field nothing reads and that side still collides (${side ? a.path.replace(/\w+$/, side) : 'checkCollision.up / down / left / right'})`, a.line, side ? `checkCollision.${side}` : 'checkCollision.up / down / left / right');
  }

  // e.radius in a hit test while a tween grows e by its scale: a shape's radius is what it was made with, and scale
  // draws it bigger without changing it, so the test uses the small circle (e.radius * e.scale)
  radiusIgnoresScale() {
    const scaled = new Set();
    for (const c of this.calls) {
      const cfg = c.n.arguments[0];
      if (c.name !== 'add' || !/(^|\.)tweens$/.test(c.on || '') || !cfg || cfg.type !== 'ObjectExpression') continue;
      const props = new Map(cfg.properties.filter((p) => p.type === 'Property' && p.key).map((p) => [p.key.name || p.key.value, p.value]));
      const t = props.get('targets');
      const grows = ['scale', 'scaleX', 'scaleY'].some((k) => props.has(k) && (this.arithmetic(props.get(k)) === null || this.arithmetic(props.get(k)) > 1.5));
      if (t && grows && memberPath(t)) scaled.add(memberPath(t));
    }
    if (!scaled.size) return;
    // a name bound to the tweened object in the same function, and the shapes a callback walks over
    let hit = null;
    walk(this.ast, (n) => {
      if (hit || n.type !== 'BinaryExpression' || !['<', '<='].includes(n.operator) || n.right.type !== 'MemberExpression' || n.right.property.name !== 'radius') return;
      if (!/Distance\.Between|Distance\s*\(|distance/i.test(this.code.slice(n.left.start, n.left.end))) return;
      const obj = memberPath(n.right.object);
      if (!obj) return;
      const fromScaled = scaled.has(obj) || [...scaled].some((s) => this.calls.some((c) => /^(push|add)$/.test(c.name) && c.n.arguments.some((a) => memberPath(a) === s)
        && this.calls.some((k) => /^(some|find|filter|forEach|every)$/.test(k.name) && k.on === c.on && k.n.arguments[0] && /Function/.test(k.n.arguments[0].type) && k.n.arguments[0].params[0] && k.n.arguments[0].params[0].name === obj)));
      if (fromScaled) hit = n;
    });
    if (!hit) return;
    const r = this.code.slice(hit.right.start, hit.right.end);
    this.add('wrong_argument', true, `${this.code.slice(hit.start, hit.end)} (line ${lineOf(hit)}): a tween grows the shape by its scale, which draws it bigger but leaves ${r} at what it was made with, so the test uses the small circle (${r} * ${memberPath(hit.right.object)}.scale)`, lineOf(hit), `${r} * scale`);
  }

  // obstacles.create(this.scale.width + 60, y) in a runner whose camera follows the player: the screen's right edge is a
  // place in the world only while the camera is at 0, so once the camera has moved on, new obstacles appear behind it
  spawnAtScreenEdgeInScrolledWorld() {
    const view = this.viewSize();
    const follows = this.calls.find((c) => c.name === 'startFollow' && /(^|\.)cameras\.main$/.test(c.on || ''));
    if (!follows) return;
    const SCREEN_W = /^(this\.)?(scale|sys\.scale|game\.config|sys\.game\.config|cameras\.main)\.width$/;
    const screenEdge = (n) => {
      if (!n) return false;
      if (n.type === 'Identifier') { const d = this.decls.get(n.name); return !!(d && d.length === 1 && !this.writes.get(n.name) && d[0].init && screenEdge(d[0].init)); }
      if (n.type === 'BinaryExpression' && n.operator === '+') return SCREEN_W.test(memberPath(n.left) || '') || (view && this.arithmetic(n.left) === view.w && n.left.type !== 'Literal');
      return SCREEN_W.test(memberPath(n) || '');
    };
    // made in a function that runs again and again: a timer's callback or one it calls, update()
    const repeated = new Set(this.lifecycle('update'));
    for (const c of this.calls) if (['delayedCall', 'addEvent'].includes(c.name)) walk(c.n, (m) => { if (/Function/.test(m.type)) repeated.add(m); });
    const runsAgain = (fn) => fn && ([...repeated].some((r) => r.start <= fn.start && fn.end <= r.end)
      || [...this.functionsByName().entries()].some(([name, f]) => f === fn && [...repeated].some((r) => new RegExp(`\\b${name}\\s*\\(`).test(this.code.slice(r.start, r.end)))));
    for (const c of this.calls) {
      if (!/^(create|get|sprite|image|rectangle|circle|text)$/.test(c.name) || !screenEdge(c.n.arguments[0]) || !runsAgain(c.ctx.fn)) continue;
      // (one fixed to the view is placed on the screen, rightly)
      const stmt = this.code.slice(c.n.start, this.code.indexOf(';', c.n.end) + 1 || c.n.end);
      if (/setScrollFactor\s*\(\s*0/.test(stmt)) continue;
      const arg = c.n.arguments[0];
      const init = arg.type === 'Identifier' ? this.decls.get(arg.name)[0].init : arg;
      const x = this.code.slice(init.start, init.end);
      this.add('misplaced', true, `${this.code.slice(c.n.start, c.n.end).slice(0, 60)} (line ${lineOf(c.n)}) makes it at x = ${x}, the screen's right edge, which is a place in the world only while the camera is at 0: the camera follows (line ${lineOf(follows.n)}), so once it has moved on, new ones appear behind the view (this.cameras.main.scrollX + ${x})`, lineOf(c.n), `this.cameras.main.scrollX + ${x}`);
      return;
    }
  }

  // alien.disableBody(true, true); const left = this.aliens.getChildren().length: a disabled member stays in its group,
  // so the count read right after is the same as before (countActive(true) counts the live ones)
  countAfterDisable() {
    const COUNT = /([\w$.]+?)\s*\.\s*(getLength\s*\(\s*\)|getChildren\s*\(\s*\)\s*\.\s*length|children\s*\.\s*(size|entries\s*\.\s*length))/g;
    let hit = null;
    walk(this.ast, (fn) => {
      if (hit || !/Function/.test(fn.type) || !fn.body || fn.body.type !== 'BlockStatement') return;
      const body = this.code.slice(fn.body.start, fn.body.end);
      const off = /\b([\w$]+)\s*\.\s*(disableBody\s*\(|setActive\s*\(\s*false)|killAndHide\s*\(\s*([\w$]+)/.exec(body);
      if (!off) return;
      const member = off[1] || off[3];
      if (new RegExp(`\\b${member}\\s*\\.\\s*destroy\\s*\\(|\\.remove\\s*\\(\\s*${member}\\b`).test(body)) return;
      COUNT.lastIndex = off.index;
      const m = COUNT.exec(body);
      if (!m || /countActive/.test(body.slice(off.index, m.index))) return;
      // read as what is left (const left = ..., a test against a number); a pool's size shown as such is left alone
      const before = body.slice(Math.max(0, m.index - 40), m.index);
      const after = body.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const named = /(?:const|let|var)\s+([\w$]+)\s*=\s*$/.exec(before);
      const asLeft = named && /left|remain|alive|living|rest|count|num/i.test(named[1]) && !/pool|size|cap|total|max/i.test(named[1]);
      if (!asLeft && !/^\s*(===?|<=?|>=?)\s*\d/.test(after) && !/\d\s*(===?|<=?|>=?)\s*$/.test(before)) return;
      hit = { group: m[1], text: m[0].replace(/\s+/g, ''), line: lineOf(fn.body) + body.slice(0, m.index).split('\n').length - 1, offLine: lineOf(fn.body) + body.slice(0, off.index).split('\n').length - 1, member };
    });
    if (!hit) return;
    this.add('never_fires', true, `${hit.text} (line ${hit.line}) is read after ${hit.member} is disabled (line ${hit.offLine}), but a disabled member stays in its group: the count is the same as before, so what depends on it never changes (${hit.group}.countActive(true))`, hit.line, `${hit.group}.countActive(true)`);
  }

  // this.add.timeline([{ delay: 1000, run }, ...]): a timeline event's time is its at (or in, from); delay is not read,
  // so every event runs at 0, all at once
  timelineDelayKey() {
    for (const c of this.calls) {
      const arr = c.name === 'timeline' && /(^|\.)add$/.test(c.on || '') ? c.n.arguments[0] : null;
      if (!arr || arr.type !== 'ArrayExpression' || arr.elements.length < 2) continue;
      const keys = arr.elements.map((e) => (e && e.type === 'ObjectExpression' ? e.properties.filter((p) => p.type === 'Property' && p.key).map((p) => p.key.name || p.key.value) : null));
      if (keys.some((k) => k === null) || keys.some((k) => k.some((x) => ['at', 'in', 'from'].includes(x))) || !keys.some((k) => k.includes('delay'))) continue;
      const first = arr.elements.find((e, i) => keys[i].includes('delay'));
      this.add('wrong_argument', true, `this.add.timeline([...]) (line ${lineOf(c.n)}): a timeline event's time is its 'at' (or 'in', 'from'), and these events give 'delay' (line ${lineOf(first)}), which the timeline does not read: every event runs at 0, all at once (at: ...)`, lineOf(first), 'at: ms');
      return;
    }
  }

  // physics.world.on('worldbounds', (body, left, right, up, down) => ...): Arcade passes (body, up, down, left, right),
  // so each side's flag lands in a parameter named for another side
  worldboundsParamOrder() {
    const SIDE = (name) => { const m = /^(?:blocked|hit|on|is|touch(?:ing)?)?_?(up|down|left|right|top|bottom)$/i.exec(name); return m ? { top: 'up', bottom: 'down' }[m[1].toLowerCase()] || m[1].toLowerCase() : null; };
    for (const c of this.calls) {
      const [ev, fn] = c.n.arguments;
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || ev.value !== 'worldbounds' || !fn || !/Function/.test(fn.type)) continue;
      const sides = fn.params.slice(1, 5).map((p) => (p.type === 'Identifier' ? SIDE(p.name) : null));
      if (sides.length < 2 || sides.some((s) => s === null)) continue;
      const order = ['up', 'down', 'left', 'right'];
      const wrong = sides.findIndex((s, i) => s !== order[i]);
      if (wrong < 0) continue;
      const names = fn.params.slice(1, 5).map((p) => p.name);
      this.add('wrong_argument', true, `${c.on}.${c.name}('worldbounds', (${fn.params.map((p) => p.name).join(', ')}) => ...) (line ${lineOf(c.n)}): Arcade passes (body, up, down, left, right), so '${names[wrong]}' gets the ${order[wrong]} flag and the handler acts on the wrong sides (name them body, up, down, left, right)`, lineOf(fn), '(body, up, down, left, right)');
      return;
    }
  }

  // const well = this.add.graphics(); well.fillCircle(w.x, w.y, 22); ... Distance.Between(ship.x, ship.y, well.x, well.y):
  // the Graphics stays at (0, 0) and only draws away from it, so its x, y are the corner, not what is drawn
  graphicsPlaceAtOrigin() {
    const names = new Set();
    for (const [path, v] of this.bindings().concat([...this.decls].flatMap(([n, ds]) => ds.map((d) => [n, d.init])))) {
      const made = v && this.creation(v).made;
      if (!made || !/(^|\.)add\.graphics$/.test(memberPath(made.callee) || '')) continue;
      const cfg = made.arguments[0];
      if (cfg && !(cfg.type === 'ObjectExpression' && !cfg.properties.some((p) => p.type === 'Property' && p.key && ['x', 'y'].includes(p.key.name || p.key.value)))) continue;
      names.add(path);
    }
    for (const g of names) {
      const esc = g.replace(/[.$]/g, (ch) => '\\' + ch);
      if (new RegExp(`${esc}\\s*\\.\\s*(x|y)\\s*[-+]?=[^=]|${esc}\\s*\\.\\s*(setPosition|setX|setY|setRandomPosition)\\s*\\(|targets\\s*:\\s*${esc}\\b`).test(this.code)) continue;
      const draw = this.calls.find((c) => (c.on === g || this.chainRoot(c.n) === g) && /^(fill|stroke)(Circle|Rect|Ellipse|Triangle|RoundedRect)$/.test(c.name) && c.n.arguments[0] && this.numberOf(c.n.arguments[0]) !== 0);
      if (!draw) continue;
      const read = this.calls.find((c) => /^(Between|BetweenPoints|accelerateToObject|moveToObject|closest|furthest)$/.test(c.name)
        && new RegExp(`(^|[^\\w$.])${esc}(\\.(x|y)\\b|\\s*[,)])`).test(this.code.slice(c.n.start, c.n.end)));
      if (!read) continue;
      this.add('wrong_argument', true, `${this.code.slice(read.n.start, read.n.end).slice(0, 70)} (line ${lineOf(read.n)}) reads where ${g} is, but ${g} was made with this.add.graphics() at (0, 0) and only draws away from it (line ${lineOf(draw.n)}): its x, y are the corner, not what is drawn (make it at the place, this.add.graphics({ x, y }), and draw round 0, 0)`, lineOf(read.n), 'this.add.graphics({ x, y })');
      return;
    }
  }

  // this.hero.on('setdata', refresh) while hero.setData('atk', ...) runs again for keys it has: a game object emits
  // 'setdata' only when a key is first made; later changes emit 'changedata', so the refresh never sees them
  objectSetDataForChanges() {
    const listens = this.calls.filter((c) => ['on', 'once'].includes(c.name) && c.on && !/\.events$/.test(c.on) && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && c.n.arguments[0].value === 'setdata');
    for (const l of listens) {
      if (this.calls.some((c) => c.on === l.on && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && /^changedata/.test(String(c.n.arguments[0].value)))) continue;
      // setData calls on it outside create(): they change keys made before
      const setUp = new Set(this.lifecycle('create').concat(this.lifecycle('init')));
      const later = this.calls.find((c) => c.on === l.on && ['setData', 'incData', 'toggleData'].includes(c.name) && c.ctx.fn && !setUp.has(c.ctx.fn));
      const first = this.calls.find((c) => c.on === l.on && c.name === 'setData' && c !== later && c.n.start < l.n.start);
      if (!later) continue;
      // the same keys set again: made before the listener, or set by a method that runs more than once (create() and
      // a handler call it)
      const roles = later.ctx.roles;
      const name = roles[roles.length - 1];
      const runsAgain = name && /^[\w$]+$/.test(name) && (this.code.match(new RegExp(`this\\.${name.replace(/\$/g, '\\$')}\\s*\\(`, 'g')) || []).length >= 2;
      if (!first && later.name === 'setData' && !runsAgain) continue;
      this.add('never_fires', true, `${l.on}.on('setdata') (line ${lineOf(l.n)}): a game object emits 'setdata' only when a key is first made; ${l.on}.${later.name}() (line ${lineOf(later.n)}) changes keys it already has, which emits 'changedata', so the handler never sees the change (listen for 'changedata')`, lineOf(l.n), "'changedata'");
      return;
    }
  }

  // this.scene.wake('World', { won: true }) to a scene that reads what it is given in init(data): waking does not run
  // init() again (the data comes with the 'wake' event: (sys, data)), so what is handed over is never read
  wakeDataReadInInit() {
    for (const c of this.calls) {
      const [key, data] = c.n.arguments;
      if (c.name !== 'wake' || !/(^|\.)scene$/.test(c.on || '') || !data || !key || key.type !== 'Literal') continue;
      const target = this.classes.find((k) => sceneKeyOf(k) === key.value || (k.id && k.id.name === key.value));
      if (!target) continue;
      const init = target.body.body.find((m) => m.type === 'MethodDefinition' && m.key && m.key.name === 'init');
      const p = init && init.value.params[0];
      if (!p || p.type !== 'Identifier' || !new RegExp(`\\b${p.name}\\b`).test(this.code.slice(init.value.body.start, init.value.body.end))) continue;
      const text = this.code.slice(target.start, target.end);
      // a 'wake' handler that takes the data (sys, data) reads it
      const wake = /\.on\s*\(\s*['"]wake['"]\s*,\s*(?:function\s*)?\(\s*\w+\s*,\s*\w+/.test(text) || /Events\.WAKE\s*,\s*(?:function\s*)?\(\s*\w+\s*,\s*\w+/.test(text);
      if (wake) continue;
      this.add('never_fires', true, `this.scene.wake('${key.value}', ${this.code.slice(data.start, data.end).slice(0, 40)}) (line ${lineOf(c.n)}): waking a scene does not run its init() again, so what ${target.id ? target.id.name : key.value}.init(${p.name}) reads (line ${lineOf(init)}) is never this data; it comes with the 'wake' event as its second argument (this.events.on('wake', (sys, data) => ...))`, lineOf(c.n), "this.events.on('wake', (sys, data) => ...)");
      return;
    }
  }

  // this.input.on('drop', (pointer, zone, item) => ...): the scene's input plugin passes (pointer, gameObject, dropZone),
  // the dragged object before the zone, so the names swap what each one is
  dropParamsSwapped() {
    for (const c of this.calls) {
      const [ev, fn] = c.n.arguments;
      if (!['on', 'once'].includes(c.name) || !/(^|\.)input$/.test(c.on || '') || !ev || ev.type !== 'Literal' || !['drop', 'dragenter', 'dragleave', 'dragover'].includes(ev.value) || !fn || !/Function/.test(fn.type)) continue;
      const [, a, b] = fn.params;
      if (!a || !b || a.type !== 'Identifier' || b.type !== 'Identifier') continue;
      const ZONE = /zone|slot|target|bin|basket|socket|hole|goal|pocket|drop/i;
      if (!ZONE.test(a.name) || ZONE.test(b.name)) continue;
      this.add('wrong_argument', true, `${c.on}.${c.name}('${ev.value}', (${fn.params.map((p) => p.name).join(', ')}) => ...) (line ${lineOf(c.n)}): the input plugin passes (pointer, gameObject, dropZone), the dragged object first, so '${a.name}' is the dragged object and '${b.name}' the zone (name them (pointer, ${b.name}, ${a.name}))`, lineOf(fn), `(pointer, ${b.name}, ${a.name})`);
      return;
    }
  }

  // whether every call of this.name() is made once per run of the scene: from create() itself, or from the onComplete of
  // a tween or chain made there that does not repeat (a restart takes the input plugins' listeners off)
  calledOncePerRun(name) {
    const sites = [];
    walk(this.ast, (n, parent, key, ctx) => {
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.object.type === 'ThisExpression' && n.callee.property.name === name) sites.push({ n, ctx });
    });
    // handed on as a callback (delayedCall(500, this.startTurn, [], this)): it may run any number of times
    let handed = false;
    walk(this.ast, (n, parent, key) => { if (n.type === 'MemberExpression' && !n.computed && n.object.type === 'ThisExpression' && n.property.name === name && !(parent && parent.type === 'CallExpression' && key === 'callee')) handed = true; });
    if (!sites.length || handed) return false;
    return sites.every(({ n, ctx }) => {
      if (!ctx.roles.length || !['create', 'init'].includes(ctx.roles[0])) return false;
      if (ctx.roles.length === 1) return true;
      if (ctx.roles.length !== 2) return false;
      // the callback's place: the value of an onComplete of a config without repeat, loop or yoyo
      let once = false;
      walk(this.ast, (o) => {
        if (once || o.type !== 'ObjectExpression' || o.start > n.start || n.end > o.end) return;
        const keyOf = (q) => q.type === 'Property' && q.key && (q.key.name || q.key.value);
        const done = o.properties.find((q) => keyOf(q) === 'onComplete' && /Function/.test(q.value.type) && q.value.start <= n.start && n.end <= q.value.end);
        if (done && !o.properties.some((q) => ['repeat', 'loop', 'yoyo', 'onRepeat'].includes(keyOf(q)))) once = true;
      });
      return once;
    });
  }

  // startPlayerTurn() { this.input.keyboard.on('keydown-SPACE', this.attack, this); } run again each turn: every call
  // adds one more listener and none is taken off, so from the second turn one press acts twice, then three times
  listenerAddedEachTime() {
    if (/\.off\s*\(|removeListener|removeAllListeners/.test(this.bare())) return;
    const setUp = new Set(['create', 'init', 'preload', 'constructor']);
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      if (c.name !== 'on' || !/(^|\.)(input|keyboard|input\.keyboard)$/.test(c.on || '') || !ev || ev.type !== 'Literal' || !/^(keydown|keyup|pointerdown|pointerup)/.test(String(ev.value))) continue;
      const roles = c.ctx.roles;
      const name = roles[roles.length - 1];
      if (!name || !/^\w+$/.test(name) || setUp.has(name) || roles.some((r) => setUp.has(r) && r !== name) || c.ctx.handedTo.some(Boolean)) continue;
      // the method runs again: handed to a timer or called from inside a callback
      const again = new RegExp(`(delayedCall|addEvent|once|on)\\s*\\([^;]*this\\.${name}\\b|=>\\s*\\{?[^}]*this\\.${name}\\s*\\(|callback\\s*:\\s*this\\.${name}\\b`).test(this.code);
      if (!again || this.calledOncePerRun(name)) continue;
      this.add('never_fires', true, `${c.on}.on('${ev.value}') (line ${lineOf(c.n)}) is added in ${name}(), which runs again (a timer or a handler calls it), and no listener is ever taken off: each run adds one more, so one ${/^key/.test(ev.value) ? 'press' : 'click'} acts once for every time ${name}() ran (once(), or off() when the turn ends)`, lineOf(c.n), `${c.on}.once('${ev.value}', ...)`);
      return;
    }
  }

  // this.tweens.killTweensOf(this.msg) to skip a typewriter that runs on tweens.addCounter(): a counter tween's target
  // is its own counter, never the Text, and no tween targets this.msg, so nothing is stopped (typeTween.stop())
  killTweensOfUntweened() {
    const counter = this.calls.find((c) => c.name === 'addCounter' && /(^|\.)tweens$/.test(c.on || ''));
    if (!counter) return;
    const targets = this.props.filter((p) => p.key === 'targets').map((p) => this.code.slice(p.value.start, p.value.end));
    for (const c of this.calls) {
      const x = c.n.arguments[0];
      const path = c.name === 'killTweensOf' && /(^|\.)tweens$/.test(c.on || '') && x ? memberPath(x) : null;
      if (!path) continue;
      const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
      // a target written as that name, or targets that are not plain names (a list that may hold it)
      if (targets.some((t) => new RegExp(`(^|[^\\w$.])${esc}([^\\w$]|$)`).test(t) || !/^[\w$.]+$/.test(t))) continue;
      this.add('never_fires', true, `this.tweens.killTweensOf(${path}) (line ${lineOf(c.n)}) stops the tweens whose target is ${path}, and none is: the tween that changes it is the counter of line ${lineOf(counter.n)}, whose target is its own number, so nothing stops (keep the counter tween and call its stop())`, lineOf(c.n), 'counterTween.stop()');
      return;
    }
  }

  // cam.pan(pointer.x, pointer.y) / centerOn(pointer.x, pointer.y): pan() takes a place in the world, and x, y are the
  // pointer's place on the screen; once the camera has moved (the first pan moves it) or zoomed, they are not the same
  panToScreenPointer() {
    for (const c of this.calls) {
      if (!['pan', 'centerOn'].includes(c.name) || c.n.arguments.length < 2) continue;
      const [x, y] = c.n.arguments.map((a) => memberPath(a) || '');
      const m = /^(\w+)\.x$/.exec(x);
      if (!m || y !== `${m[1]}.y`) continue;
      const p = m[1];
      // a pointer: a pointer handler's first parameter, or the input's active pointer
      const handler = this.calls.some((k) => ['on', 'once'].includes(k.name) && k.n.arguments[0] && k.n.arguments[0].type === 'Literal' && /^pointer/.test(String(k.n.arguments[0].value))
        && k.n.arguments[1] && /Function/.test(k.n.arguments[1].type) && k.n.arguments[1].params[0] && k.n.arguments[1].params[0].name === p && k.n.arguments[1].start <= c.n.start && c.n.end <= k.n.arguments[1].end);
      if (!handler && !/(^|\.)activePointer$/.test(p)) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end).slice(0, 60)} (line ${lineOf(c.n)}): ${c.name}() takes a place in the world, and ${p}.x, ${p}.y are the pointer's place on the screen; once the camera has moved or zoomed (the first ${c.name} moves it) they differ, so it goes to the wrong place (${p}.worldX, ${p}.worldY)`, lineOf(c.n), `${p}.worldX, ${p}.worldY`);
      return;
    }
  }

  // this.add.particles(0, 0, key, { follow: this.flame }) where this.flame is a child of a Container: follow reads the
  // target's x, y, which are from its container, so the particles come out near the top-left corner, not at the flame
  followContainerChild() {
    for (const p of this.props) {
      if (p.key !== 'follow') continue;
      const target = memberPath(p.value);
      if (!target) continue;
      const into = this.containerHolding(target);
      if (!into) continue;
      this.add('misplaced', true, `follow: ${target} (line ${p.line}): ${target} is a child of a Container (line ${lineOf(into.n)}), so its x, y are from the container, not the world: the particles follow that offset near the top-left corner, not the object on the screen (follow the container, with followOffset, or read the child's world place)`, p.line, 'follow the container');
      return;
    }
  }

  // this.add.text(sprite.x, sprite.y - 30, ...) on the scene, where sprite is a child of a Container made away from
  // (0, 0), directly or handed to the method that places it: a child's x, y are from its container, so the new object
  // lands off by the container's place (add the container's x, y, or read the child's world place)
  placedAtContainerChild() {
    const PLACED = /^(text|image|sprite|circle|rectangle|star|ellipse|triangle|bitmapText|arc)$/;
    const madeAt = new Map(); // container path -> [x, y] given when it was made
    for (const [path, v] of this.bindings()) {
      const m = this.creation(v).made;
      if (m && /(^|\.)add\.container$/.test(memberPath(m.callee) || '')) madeAt.set(path, m.arguments.slice(0, 2).map((a) => this.numberOf(a)));
    }
    const awayFromOrigin = (into) => {
      const at = into.name === 'container' ? into.n.arguments.slice(0, 2).map((a) => this.numberOf(a)) : madeAt.get(into.on);
      return at && at.some((v) => typeof v === 'number' && v !== 0) && at.every((v) => v !== undefined && v !== null);
    };
    // a local const's value (const x = sprite.x) in the function the call is in
    const placeOf = (a, axis) => {
      const m = new RegExp(`^([\\w$.]+)\\.${axis}(\\s*[-+]\\s*[\\w$.]+)?$`).exec(this.code.slice(a.start, a.end).trim());
      return m && !(m[2] && /\.[xy]\b/.test(m[2])) ? m[1] : null; // (another place added in: the container's)
    };
    for (const c of this.calls) {
      if (!PLACED.test(c.name) || !/(^|\.)add$/.test(c.on || '') || c.n.arguments.length < 2) continue;
      const fn = c.ctx.fn;
      const [ax, ay] = fn ? c.n.arguments.slice(0, 2).map((a) => this.localValue(a, fn)) : c.n.arguments.slice(0, 2);
      const who = placeOf(ax, 'x');
      if (!who || placeOf(ay, 'y') !== who) continue;
      // the object placed: named as it is, or the argument the method was called with
      let sources = [who];
      const param = fn && fn.params.findIndex((q) => q.type === 'Identifier' && q.name === who);
      if (fn && param >= 0) {
        const name = [...this.functionsByName()].find(([, f]) => f === fn);
        sources = name ? this.calls.filter((k) => k.name === name[0] && k.n.arguments[param]).map((k) => memberPath(k.n.arguments[param])).filter(Boolean) : [];
      }
      // the container whose add() (or add.container()'s children) names the object itself, not only something of it
      const heldBy = (src) => {
        const into = this.containerHolding(src);
        const kids = into && (into.name === 'container' ? into.n.arguments[2] : into.n.arguments[0]);
        const named = kids && (kids.type === 'ArrayExpression' ? kids.elements : [kids]).some((e) => e && memberPath(e) === src);
        return named ? into : null;
      };
      let into = null;
      for (const src of sources) {
        into = heldBy(src) || (src.includes('.') ? heldBy(src.split('.').pop()) : null);
        if (into) break;
      }
      if (!into || !awayFromOrigin(into)) continue;
      // the new object put into a container itself is placed in that container's space
      let madeName = null;
      walk(fn ? fn.body : this.ast, (n) => { if (!madeName && n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && n.init.start <= c.n.start && c.n.end <= n.init.end) madeName = n.id.name; });
      if (madeName && this.containerHolding(madeName)) continue;
      const holder = into.name === 'container' ? 'the Container' : into.on;
      this.add('misplaced', true, `${this.code.slice(c.n.start, c.n.end).replace(/\s+/g, ' ').slice(0, 50)} (line ${lineOf(c.n)}) is placed at ${who}.x, ${who}.y, and ${sources[0]} is a child of ${holder} (line ${lineOf(into.n)}), made away from (0, 0): a child's x, y are from its container, so the new object, on the scene, lands off by the container's place (add ${holder}'s x, y, or read the child's world place)`, lineOf(c.n), "the container's x, y added");
      return;
    }
  }

  // this.invincible = true; tweens.add({ ..., yoyo: true, repeat: 4, onYoyo: () => { this.invincible = false } }):
  // onYoyo runs at each turn of the yoyo, the first after one duration, not when the repeats are over, so the state
  // set just before the tween ends a tenth of the way through (onComplete runs at the end)
  yoyoTakenForEnd() {
    for (const c of this.calls) {
      const cfg = c.n.arguments[0];
      if (c.name !== 'add' || !/(^|\.)tweens$/.test(c.on || '') || !cfg || cfg.type !== 'ObjectExpression') continue;
      const prop = (k) => cfg.properties.find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === k);
      const [yoyo, repeat, onYoyo, duration] = ['yoyo', 'repeat', 'onYoyo', 'duration'].map(prop);
      const times = repeat && this.numberOf(repeat.value);
      if (!yoyo || literalValue(yoyo.value).value !== true || !onYoyo || !(times === -1 || times >= 1)) continue;
      const fn = this.handlerFunction(onYoyo.value);
      if (!fn || !c.ctx.fn) continue;
      // a flag this callback clears that the function making the tween raised just before it
      let cleared = null;
      walk(fn.body, (n) => {
        if (cleared || n.type !== 'AssignmentExpression' || n.operator !== '=' || literalValue(n.right).value !== false) return;
        const path = memberPath(n.left);
        if (path && this.assigns.some((a) => a.path === path && literalValue(a.value).value === true && a.value.start >= c.ctx.fn.start && a.value.end <= c.n.start)) cleared = { path, n };
      });
      if (!cleared) continue;
      const ms = duration && this.numberOf(duration.value);
      const whole = typeof ms === 'number' && times >= 1 ? ` (the tween runs ${ms * 2 * (times + 1)} ms)` : '';
      this.add('never_fires', true, `onYoyo (line ${lineOf(onYoyo)}) sets ${cleared.path} = false, which was set true before the tween (line ${lineOf(c.n)}) to last while it plays: onYoyo runs at each turn of the yoyo, the first after one duration${typeof ms === 'number' ? ` (${ms} ms)` : ''}, not when the repeats are over${whole}, so ${cleared.path} ends a fraction of the way through (clear it in onComplete)`, lineOf(cleared.n), 'onComplete');
      return;
    }
  }

  // this.input.on('pointerdown', () => { if (this.choosing) return; this.advance(); }) beside a button whose own
  // pointerdown handler sets this.choosing = false: Phaser runs the button's handler first and the scene's after it,
  // for the same click, so the guard is already down and the click on the button also advances (stop the event in
  // the button's handler: event.stopPropagation(), its fourth parameter)
  clickFallsThroughGuard() {
    const downs = this.calls.filter((c) => ['on', 'once'].includes(c.name) && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && c.n.arguments[0].value === 'pointerdown');
    const flagOf = (t) => (t.type === 'MemberExpression' && t.object.type === 'ThisExpression' ? memberPath(t) : null);
    // an assignment flag = false in fn's own body (not in a callback it hands on: that runs later), or in a method
    // it calls the same way
    const clearedIn = (fn, flags) => {
      let hit = null;
      for (const f of this.reachedFunctions(fn, 3)) {
        walk(f.body, (n, parent, key, ctx) => {
          if (!hit && !ctx.fn && n.type === 'AssignmentExpression' && n.operator === '=' && flags.has(memberPath(n.left)) && literalValue(n.right).value === false) hit = n;
        });
        if (hit) return hit;
      }
      return null;
    };
    for (const s of downs.filter((c) => /(^|\.)input$/.test(c.on || ''))) {
      const fn = this.handlerFunction(s.n.arguments[1]);
      if (!fn || fn.body.type !== 'BlockStatement' || fn.params.length >= 2) continue;
      // the flags it returns on first: if (this.choosing || this.finished) return;
      const flags = new Set();
      for (const st of fn.body.body) {
        const ret = st.type === 'IfStatement' && !st.alternate && (st.consequent.type === 'ReturnStatement' || (st.consequent.type === 'BlockStatement' && st.consequent.body.length === 1 && st.consequent.body[0].type === 'ReturnStatement'));
        if (!ret) break;
        const terms = [];
        const split = (t) => { if (t.type === 'LogicalExpression' && t.operator === '||') { split(t.left); split(t.right); } else terms.push(t); };
        split(st.test);
        for (const t of terms) if (flagOf(t)) flags.add(flagOf(t));
      }
      if (!flags.size) continue;
      for (const o of downs) {
        // (this.paused in another scene class is another object's field)
        if (o === s || /(^|\.)(input|keyboard)$/.test(o.on || '') || !o.on || o.ctx.cls !== s.ctx.cls) continue;
        const ofn = this.handlerFunction(o.n.arguments[1]);
        if (!ofn || /stopPropagation/.test(this.code.slice(ofn.start, ofn.end))) continue;
        const cleared = clearedIn(ofn, flags);
        if (!cleared) continue;
        const flag = memberPath(cleared.left);
        this.add('never_fires', true, `${o.on}.on('pointerdown') (line ${lineOf(o.n)}) sets ${flag} = false (line ${lineOf(cleared)}), and the scene's this.input.on('pointerdown') (line ${lineOf(s.n)}) returns only while ${flag} is true: Phaser runs the object's handler first and the scene's after it, for the same click, so the guard is already down and the click on the object also does what a click on the background does (event.stopPropagation() in the object's handler, its fourth parameter)`, lineOf(o.n), 'event.stopPropagation()');
        return;
      }
    }
  }

  // deathZone: { source: this.catchZone } made in create(), then this.catchZone = this.basket.getBounds() in update():
  // the emitter keeps the rectangle it was given, and the field now names a new one each frame, so the zone stays
  // where the basket started (fill the same rectangle: this.basket.getBounds(this.catchZone))
  zoneSourceReplaced() {
    for (const p of this.props) {
      const path = p.key === 'source' ? memberPath(p.value) : null;
      if (!path || !path.startsWith('this.')) continue;
      let again = null;
      for (const fn of this.lifecycle('update')) {
        // (this.zone = this.zone.setTo(...) puts back the same object: setTo returns it)
        walk(fn.body, (n) => { if (!again && n.type === 'AssignmentExpression' && n.operator === '=' && memberPath(n.left) === path && !this.code.slice(n.right.start, n.right.end).includes(path)) again = n; });
        if (again) break;
      }
      if (!again) continue;
      this.add('never_fires', true, `source: ${path} (line ${p.line}) hands the emitter the object ${path} held then, and update() puts a new one in ${path} (line ${lineOf(again)}): the emitter keeps the first, so its zone stays where it was made (change the object it holds: ${/\.getBounds\(\s*\)$/.test(this.code.slice(again.right.start, again.right.end)) ? this.code.slice(again.right.start, again.right.end).replace(/\(\s*\)$/, `(${path})`).slice(0, 60) + ', which fills it' : `${path}.setTo(...)`})`, lineOf(again), 'the same object changed');
      return;
    }
  }

  // stone.on('pointerdown') starts a pull (this.aiming = true), this.input.on('pointermove') follows the pointer while
  // it lasts without moving the stone, and stone.on('pointerup') ends it: an object's pointerup comes only when the
  // pointer is released over the object, and a pull is released away from it, so the shot never goes
  // (this.input.on('pointerup'))
  pullReleasedAway() {
    const on = (ev) => this.calls.filter((c) => ['on', 'once'].includes(c.name) && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && c.n.arguments[0].value === ev);
    const raised = (fn) => {
      const out = new Set();
      if (fn) walk(fn.body, (n) => { if (n.type === 'AssignmentExpression' && n.operator === '=' && literalValue(n.right).value === true && memberPath(n.left)) out.add(memberPath(n.left)); });
      return out;
    };
    // a handler's text with the text of the program's methods it calls (one level)
    const reach = (fn) => {
      let text = fn ? this.code.slice(fn.start, fn.end) : '';
      for (const m of text.matchAll(/this\.(\w+)\s*\(/g)) { const f = this.namedFunction(m[1]); if (f && f !== fn) text += '\n' + this.code.slice(f.start, f.end); }
      return text;
    };
    const moves = on('pointermove').filter((c) => /(^|\.)input$/.test(c.on || ''));
    for (const up of on('pointerup')) {
      const obj = up.on;
      if (!obj || /(^|\.)(input|keyboard)$/.test(obj) || /draggable|setDraggable|\.drag\b/.test(this.bare())) continue;
      const down = on('pointerdown').find((c) => c.on === obj && c.ctx.cls === up.ctx.cls);
      const flags = down ? raised(this.handlerFunction(down.n.arguments[1])) : new Set();
      if (!flags.size) continue;
      const esc = obj.replace(/[.$]/g, (ch) => '\\' + ch);
      const follow = moves.find((m) => {
        if (m.ctx.cls !== up.ctx.cls) return false;
        const text = reach(this.handlerFunction(m.n.arguments[1]));
        return [...flags].some((f) => text.includes(f)) && !new RegExp(`${esc}\\.(x|y)\\s*=[^=]|${esc}\\.(setPosition|setX|setY|copyPosition|setVelocity)\\s*\\(|Vector2\\.prototype|\\bObject\\.assign\\(\\s*${esc}`).test(text);
      });
      const upText = reach(this.handlerFunction(up.n.arguments[1]));
      if (!follow || ![...flags].some((f) => upText.includes(f))) continue;
      this.add('never_fires', true, `${obj}.on('pointerup') (line ${lineOf(up.n)}) ends a pull that ${obj}'s pointerdown starts (line ${lineOf(down.n)}) and this.input's pointermove follows (line ${lineOf(follow.n)}) without moving ${obj}: an object's pointerup comes only when the pointer is released over the object, and a pull is released away from it, so what it starts never ends (this.input.on('pointerup'))`, lineOf(up.n), "this.input.on('pointerup')");
      return;
    }
  }

  // this.tweens.timeScale = speed, then the replay scheduled with this.time.delayedCall() and no tween in it: the
  // tween manager's time scale speeds up tweens only, the clock keeps its own (this.time.timeScale), so the speed
  // chosen changes nothing
  tweenScaleForClock() {
    for (const a of this.assigns) {
      if (a.op !== '=' || !/(^|\.)tweens\.timeScale$/.test(a.path) || typeof this.numberOf(a.value) === 'number') continue;
      let fn = null;
      walk(this.ast, (n) => { if (/Function/.test(n.type) && n.body.type === 'BlockStatement' && n.start < a.value.start && a.value.end < n.end && (!fn || n.start > fn.start)) fn = n; });
      if (!fn) continue;
      const after = this.code.slice(a.value.end, fn.end);
      if (/tweens\.(add|chain|addCounter|timeline)|\.play\s*\(/.test(after)) continue;
      // a sequence scheduled at the chosen speed: timers made in a loop (a replay's steps), none of them putting the
      // time scale back (a slow motion's end, one timer, is what a tween scale is for)
      const loops = [];
      walk(fn.body, (n) => {
        if (/^(For|ForOf|ForIn|While|DoWhile)Statement$/.test(n.type)) loops.push(n);
        if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && /^(forEach|map)$/.test(n.callee.property.name || '') && n.arguments[0] && /Function/.test(n.arguments[0].type)) loops.push(n.arguments[0]);
      });
      const timer = this.calls.find((c) => ['delayedCall', 'addEvent'].includes(c.name) && /(^|\.)time$/.test(c.on || '') && c.n.start > a.value.end && c.n.end <= fn.end
        && loops.some((l) => l.start < c.n.start && c.n.end < l.end) && !/timeScale/.test(this.code.slice(c.n.start, c.n.end)));
      if (!timer) continue;
      const line = lineOf(timer.n);
      this.add('never_fires', true, `${a.path} = ${this.code.slice(a.value.start, a.value.end).slice(0, 30)} (line ${lineOf(a.value)}) and then this.time.${timer.name}() (line ${line}), with no tween made there: the tween manager's timeScale speeds up tweens only, and the clock that runs ${timer.name}() keeps its own (this.time.timeScale), so the speed chosen changes nothing`, lineOf(a.value), 'this.time.timeScale');
      return;
    }
  }

  // a class scene runs again when it restarts itself, or when a scene it starts (directly or not) starts it back
  runsAgain(cls) {
    const own = this.restarts.find((r) => r.cls === cls);
    if (own) return own;
    const key = sceneKeyOf(cls);
    if (!key) return null;
    const keyOf = new Map();
    for (const s of this.starts) if (s.cls) keyOf.set(s.cls, sceneKeyOf(s.cls));
    const edges = new Map();
    for (const s of this.starts) {
      const from = s.cls ? keyOf.get(s.cls) : null;
      if (!from) continue;
      if (!edges.has(from)) edges.set(from, []);
      edges.get(from).push(s);
    }
    const seen = new Set();
    const stack = [...(edges.get(key) || [])];
    while (stack.length) {
      const s = stack.pop();
      if (s.key === key) return s;
      if (seen.has(s.key)) continue;
      seen.add(s.key);
      stack.push(...(edges.get(s.key) || []));
    }
    return null;
  }

  // how a scene runs again, for a message: the call that does it and its line
  runsAgainText(again) {
    return again.key ? `this.scene.start('${again.key}') (line ${again.line}) runs this scene again` : `this.scene.restart() (line ${again.line}) runs init() and create() again`;
  }

  // `gameOver = true` that nothing sets back: scene.restart() runs init() and create() again on the same scene object
  // and the same module, so a flag kept in a module variable or a constructor field still says game over, and
  // update() returns at once for ever after the first restart
  staleAfterRestart() {
    for (const v of this.vars.values()) {
      if (typeof v.init !== 'boolean' && v.init !== undefined && v.init !== null) continue;
      const again = v.cls ? this.runsAgain(v.cls) : this.restarts[0] || this.starts.find((s) => s.cls && this.runsAgain(s.cls));
      if (!again) continue;
      const initTruthy = !!v.init;
      const writes = v.writes.filter((w) => !w.ctor);
      const reset = writes.some((w) => RESET_ROLES.has(w.role) || (w.lit.ok && !!w.lit.value === initTruthy && typeof w.lit.value !== 'number'));
      if (reset) continue;
      const flip = writes.find((w) => w.lit.ok && typeof w.lit.value === 'boolean' && w.lit.value !== initTruthy);
      // a gate of play (read by update(), or named like one); a flag meant to last (musicStarted) reads elsewhere
      if (!flip || !(v.tests.some((t) => t.inUpdate) || (v.tests.length && PLAY_FLAG.test(v.name) && !LASTING_FLAG.test(v.name)))) continue;
      const where = v.cls ? 'the fields its constructor set' : 'module variables';
      const how = this.runsAgainText(again);
      this.add('stale_state', true, `${v.name} is set to ${flip.lit.value} (line ${flip.line}) and nothing sets it back to ${initTruthy}: ${how} but keeps ${where}, so after the first restart update() still sees ${v.name} = ${flip.lit.value} (set it to ${initTruthy} in create() or init())`, flip.line, `${v.name} = ${initTruthy} in create()`);
    }
  }

  // a counter the constructor sets (this.score = 0, this.questionIndex = 0) that play steps on and nothing sets back:
  // a scene run again keeps its fields, so the second game starts where the first ended. A counter stepped where the
  // scene restarts (this.level++ then restart()) or named for what lasts (level, best) is carried on purpose.
  staleCounters() {
    for (const v of this.vars.values()) {
      // a count kept from one run to the next on purpose (a level, lives carried over), unless reaching 0 ends the game:
      // then the next game starts at 0 and is over at once
      const endsAtZero = new RegExp(`this\\.${v.name.replace(/^this\./, '')}\\s*(<=|<|===|==)\\s*0\\b`).test(this.code);
      if (!v.cls || typeof v.init !== 'number' || (LASTING_COUNT.test(v.name) && !(endsAtZero && v.init > 0))) continue;
      const again = this.runsAgain(v.cls);
      if (!again) continue;
      const writes = v.writes.filter((w) => !w.ctor);
      const step = writes.find((w) => w.step);
      if (!step || writes.some((w) => RESET_ROLES.has(w.role) || (w.lit.ok && w.lit.value === v.init) || (again.fn && w.fn === again.fn))) continue;
      const how = this.runsAgainText(again);
      this.add('stale_state', true, `${v.name} starts at ${v.init} in the constructor (line ${v.line}) and is stepped in play (line ${step.line}), and nothing sets it back: ${how} on the same scene object, whose constructor does not run again, so the next game starts with the last game's ${v.name} (set it to ${v.init} in create() or init())`, step.line, `${v.name} = ${v.init} in create()`);
      return;
    }
  }

  // this.state = { cells: [...], over: false } made in the constructor and changed in play, never made again: a scene
  // run again (restart()) keeps its fields, so the new game starts with the old board (make it in create() or init())
  staleStateObjects() {
    for (const cls of this.classes) {
      const again = this.runsAgain(cls);
      const ctor = again && cls.body.body.find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor');
      if (!ctor) continue;
      for (const st of ctor.value.body.body) {
        const a = st.type === 'ExpressionStatement' ? st.expression : null;
        if (!a || a.type !== 'AssignmentExpression' || a.operator !== '=' || memberPath(a.left) === null || !/^this\.\w+$/.test(memberPath(a.left)) || !['ObjectExpression', 'ArrayExpression'].includes(a.right.type)) continue;
        const path = memberPath(a.left);
        if (LASTING_STATE.test(path) || this.assigns.filter((x) => x.path === path).length > 1) continue;
        const inClass = this.code.slice(cls.start, cls.end).replace(this.code.slice(ctor.start, ctor.end), '');
        const aliases = [...this.decls].filter(([, ds]) => ds.some((d) => d.init && memberPath(d.init) === path)).map(([name]) => name);
        const names = [path, ...aliases].map((x) => x.replace(/[.$]/g, '\\$&')).join('|');
        const write = new RegExp(`(^|[^\\w$.])(${names})\\s*(\\.\\w+|\\[[^\\]\\n]+\\])+\\s*(=[^=]|\\+=|-=|\\+\\+|--)|(^|[^\\w$.])(${names})(\\s*(\\.\\w+|\\[[^\\]\\n]+\\]))*\\.(push|splice|fill|unshift|pop|shift)\\s*\\(`).exec(inClass);
        if (!write) continue;
        const how = this.runsAgainText(again);
        this.add('stale_state', true, `${path} is made in the constructor (line ${lineOf(a)}) and changed in play (${write[0].replace(/^[^\w$]/, '').trim().slice(0, 40)}), and nothing makes it again: ${how} on the same scene object, whose constructor does not run again, so the next game starts with the last game's ${path} (make it in create() or init())`, lineOf(a), `${path} = ... in create()`);
        return;
      }
    }
  }

  // killAndHide() / setVisible(false) on pool members that group.get() hands out again: get() returns an inactive
  // member as it is, so unless the program shows it again (setActive(true).setVisible(true), enableBody(..., true,
  // true)) every reused bullet stays invisible, or inactive so that get() returns the same one each time
  deadPool() {
    if (!this.groupFetches.length) return;
    const falseArg = (a) => a && a.type === 'Literal' && (a.value === false || a.value === 0);
    const trueArg = (a) => a && !falseArg(a);
    let hidden = null;
    let killed = null;
    let shown = false;
    let revived = false;
    for (const { n, name } of this.calls) {
      const a = n.arguments;
      if (name === 'killAndHide') { hidden = hidden || n; killed = killed || n; }
      if (name === 'setVisible') { if (falseArg(a[0])) hidden = hidden || n; else shown = true; }
      if (name === 'setActive') { if (falseArg(a[0])) killed = killed || n; else revived = true; }
      if (name === 'disableBody') { if (trueArg(a[1])) hidden = hidden || n; if (trueArg(a[0])) killed = killed || n; }
      if (name === 'enableBody') { if (trueArg(a[3])) revived = true; if (trueArg(a[4])) shown = true; }
      if (name === 'SetVisible' && trueArg(a[1])) shown = true;
    }
    for (const s of this.assigns) {
      if (s.prop === 'visible') { if (falseArg(s.value)) hidden = hidden || s.value; else shown = true; }
      if (s.prop === 'active') { if (falseArg(s.value)) killed = killed || s.value; else revived = true; }
    }
    const disabled = this.calls.find((c) => c.name === 'disableBody');
    const enabled = this.calls.some((c) => c.name === 'enableBody' || (c.name === 'setEnable' && !falseArg(c.n.arguments[0])))
      || this.assigns.some((s) => s.prop === 'enable' && !falseArg(s.value));
    const fetch = this.groupFetches[0];
    if (disabled && !enabled) {
      this.add('dead_pool', true, `pool members' bodies are disabled (disableBody, line ${lineOf(disabled.n)}) and group.${fetch.name}() (line ${fetch.line}) hands them out again with the body still off: nothing ever enables a body again, so a reused member never moves or collides (call enableBody(true, x, y, true, true) on what ${fetch.name}() returns)`, fetch.line, 'enableBody on reuse');
    } else if (hidden && !shown) {
      this.add('dead_pool', true, `pool members are hidden (line ${lineOf(hidden)}) and group.${fetch.name}() (line ${fetch.line}) hands them out again as they are: nothing ever makes one visible again, so every reused member stays invisible (call setActive(true).setVisible(true) on what ${fetch.name}() returns)`, fetch.line, 'setVisible(true) on reuse');
    } else if (killed && !revived) {
      this.add('dead_pool', true, `pool members are made inactive (line ${lineOf(killed)}) and group.${fetch.name}() (line ${fetch.line}) hands them out again as they are: nothing ever makes one active again, so get() keeps returning the same inactive member (call setActive(true) on what ${fetch.name}() returns)`, fetch.line, 'setActive(true) on reuse');
    }
  }

  // this.scene.pause() and no way back: every resume() is this same scene's own this.scene.resume(), which only its own
  // input, timers, tweens or update() could call, and a paused scene runs none of them (no other scene resumes it by
  // key, no browser listener or setTimeout, no other scene reaching in through scene.get())
  pausedSelf() {
    const pauses = this.calls.filter((c) => c.name === 'pause' && c.on === 'this.scene' && !c.n.arguments.length);
    if (!pauses.length) return;
    const resumes = this.calls.filter((c) => c.name === 'resume' && /(^|\.)scene$/.test(c.on || ''));
    if (!resumes.length) return;
    const cls = pauses[0].ctx.cls;
    if (resumes.some((c) => c.n.arguments.length || c.on !== 'this.scene' || c.ctx.cls !== cls)) return;
    if (pauses.some((c) => c.ctx.cls !== cls)) return;
    // another scene that reaches this one through scene.get(its key) (a key it cannot read counts; this scene getting
    // another, to tell it to show PAUSED, does not)
    const ownKey = cls ? sceneKeyOf(cls) : null;
    const reachesIn = (c) => /(^|\.)scene$/.test(c.on || '') && !(c.ctx.cls === cls && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && c.n.arguments[0].value !== ownKey);
    const outside = this.calls.some((c) => ['addEventListener', 'setTimeout', 'setInterval', 'get'].includes(c.name) && (c.name !== 'get' || reachesIn(c)))
      // a handler put on another scene's input or events (this.scene.get('ui').input.on(...)), which go on running
      || this.calls.some((c) => ['on', 'once', 'addListener'].includes(c.name) && c.n.callee.type === 'MemberExpression' && /scene\.get\s*\(/.test(this.code.slice(c.n.callee.object.start, c.n.callee.object.end)))
      // a handler on the game's or the registry's events (never paused) that resumes it
      || this.calls.some((c) => ['on', 'once', 'addListener'].includes(c.name) && /(^|\.)(game|registry)\.events$/.test(c.on || '') && /\bresume\s*\(/.test(this.handlerText(c.n.arguments[1])))
      || this.calls.some((c) => ['setTimeout', 'setInterval', 'addEventListener', 'requestAnimationFrame'].includes(c.n.callee.type === 'Identifier' ? c.n.callee.name : ''));
    // paused and resumed again in the same run of statements (no branch between): it never stays paused
    if (pauses.some((p) => resumes.some((r) => r.ctx.fn === p.ctx.fn && r.n.start > p.n.end && !/[{}?:]|\belse\b|&&|\|\|/.test(this.code.slice(p.n.end, r.n.start))))) return;
    if (outside || this.bareCalls.some((name) => ['setTimeout', 'setInterval', 'addEventListener', 'requestAnimationFrame'].includes(name))) return;
    const r = resumes[0];
    this.add('never_fires', true, `this.scene.resume() (line ${lineOf(r.n)}) can only run from this scene's own input, timers or update(), but this.scene.pause() (line ${lineOf(pauses[0].n)}) stops exactly those: a paused scene hears no key or pointer, so it never resumes (launch a pause scene that calls this.scene.resume('<key>'), or pause only physics and timers: this.physics.pause())`, lineOf(r.n), 'resume from another scene');
  }

  // Slips in scene flow and bodies, each certain on its own:
  // - ball.on('collisionstart', ...): Matter's collision events come from the world (this.matter.world.on); a game
  //   object never emits 'collisionstart'
  // - this.load.once('complete', ...) made in create(): the loader finished before create() ran and nothing starts it
  //   again, so the handler never runs
  // - platforms of a static group moved by p.x = ... / p.y = ... with no refreshBody(): the bodies stay where they were
  flowAndBodySlips() {
    const code = this.bare();
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || !/^collision(start|end|active)$/.test(ev.value)) continue;
      if (/(^|\.)(world|matter\.world|events)$/i.test(c.on || '') || /emit\s*\(\s*['"]collision/.test(code)) continue;
      if (!c.on || !/^this\.\w+$|^[a-z]\w*$/.test(c.on)) continue;
      this.add('never_fires', true, `${c.on}.${c.name}('${ev.value}', ...) (line ${lineOf(c.n)}): Matter's '${ev.value}' is emitted by the world (this.matter.world.on('${ev.value}', (event) => event.pairs...)), never by a game object, so this handler never runs`, lineOf(c.n), `this.matter.world.on('${ev.value}')`);
      return;
    }
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      if (!['on', 'once'].includes(c.name) || !/^this\.load$/.test(c.on || '') || !ev || ev.type !== 'Literal' || ev.value !== 'complete') continue;
      const role = c.ctx.roles.filter(Boolean).pop();
      if (role !== 'create' || this.calls.some((k) => k.name === 'start' && k.on === 'this.load')) continue;
      this.add('never_fires', true, `this.load.${c.name}('complete', ...) (line ${lineOf(c.n)}) is made in create(), when the loader has already finished and sent 'complete', and nothing starts it again: the handler never runs (listen in preload(), or do it in create() directly)`, lineOf(c.n), "this.load.on('complete') in preload()");
      return;
    }
    if (/staticGroup\s*\(/.test(code) && !/refreshBody|updateFromGameObject|body\.reset\s*\(|\.reset\s*\(/.test(code)) {
      const statics = this.madeBy(/\.physics\.add\.staticGroup$/);
      for (const c of this.calls) {
        const fn = c.n.arguments[0];
        if (!/^(iterate|each|forEach)$/.test(c.name) || !fn || !/Function/.test(fn.type) || !fn.params[0] || fn.params[0].type !== 'Identifier') continue;
        const list = (c.on || '').replace(/\.(children|getChildren\(\))$/, '');
        const root = c.n.callee.object && c.n.callee.object.type === 'CallExpression' ? this.chainRoot(c.n.callee.object) || memberPath(c.n.callee.object.callee.object) : list;
        if (!statics.has(list) && !statics.has(root)) continue;
        const p = fn.params[0].name.replace(/\$/g, '\\$');
        const moved = new RegExp(`\\b${p}\\s*\\.\\s*(x|y)\\s*=[^=]|\\b${p}\\s*\\.\\s*(setPosition|setX|setY)\\s*\\(`).exec(this.code.slice(fn.body.start, fn.body.end));
        if (!moved) continue;
        const line = lineOf(fn.body) + this.code.slice(fn.body.start, fn.body.start + moved.index).split('\n').length - 1;
        this.add('never_fires', true, `${fn.params[0].name}.${moved[1] || moved[2]} ... (line ${line}) moves a member of a static group with no refreshBody(): a static body never follows its object, so it stays where it was and the moved ${fn.params[0].name} has nothing to land on (call ${fn.params[0].name}.refreshBody() after moving it)`, line, 'refreshBody()');
        return;
      }
    }
  }

  // rope.points[i].y = ... every frame with no setDirty(): a Rope rebuilds its vertices only when it is dirty
  // (setPoints, setDirty), so the points move and the drawing never does
  ropePointsNeverDirty() {
    const code = this.bare();
    if (!/\.add\.rope\s*\(|\.make\.rope\s*\(|new\s+Phaser\.GameObjects\.Rope\s*\(/.test(code) || /setDirty\s*\(|setPoints\s*\(|\.dirty\s*=\s*true/.test(code)) return;
    // writes to a point's x or y: straight (rope.points[i].y =), through a name for the list (const pts = rope.points;
    // pts[i].x =) or through a loop's parameter (rope.points.forEach((p) => { p.y = ... }))
    const lists = new Set(['points']);
    for (const m of code.matchAll(/(?:const|let|var)\s+([\w$]+)\s*=\s*[\w$.]+\.points\s*;/g)) lists.add(m[1]);
    let write = null;
    walk(this.ast, (n, parent, key, ctx) => {
      if (write || n.type !== 'AssignmentExpression' || n.left.type !== 'MemberExpression' || n.left.computed || !/^[xy]$/.test(n.left.property.name)) return;
      const obj = n.left.object;
      const listed = obj.type === 'MemberExpression' && obj.computed && (memberPath(obj.object) || '').split('.').pop();
      const looped = obj.type === 'Identifier' && ctx.fn && ctx.fn.params.some((q) => q.type === 'Identifier' && q.name === obj.name)
        && /\.points\.forEach$/.test(ctx.handedTo[ctx.handedTo.length - 1] || '');
      if ((listed && lists.has(listed)) || looped) write = n;
    });
    if (!write) return;
    this.add('never_fires', true, `${this.code.slice(write.left.start, write.left.end).slice(0, 40)} = ... (line ${lineOf(write)}) moves a Rope's points but nothing marks the Rope dirty: it rebuilds its vertices only after setDirty() or setPoints(), so the drawn rope never moves (call rope.setDirty() after changing the points)`, lineOf(write), 'rope.setDirty()');
  }

  // this.tweens.chain({ delay: 500, tweens: [...] }): in 3.90 a TweenChain with a start delay counts the delay down
  // but never turns active (TweenChain#update sets hasStarted, not the active state), so none of its tweens plays
  // (put the delay on the first tween)
  chainStartDelay() {
    for (const c of this.calls) {
      if (c.name !== 'chain' || !/(^|\.)tweens$/.test(c.on || '')) continue;
      const cfg = c.n.arguments[0];
      if (!cfg || cfg.type !== 'ObjectExpression') continue;
      const delay = cfg.properties.find((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === 'delay');
      if (!delay || this.numberOf(delay.value) === 0 || (literalValue(delay.value).ok && !literalValue(delay.value).value)) continue;
      if (this.numberOf(delay.value) === null && delay.value.type !== 'Identifier' && delay.value.type !== 'MemberExpression') continue;
      this.add('never_fires', true, `this.tweens.chain({ delay: ${this.code.slice(delay.value.start, delay.value.end).slice(0, 20)}, ... }) (line ${lineOf(delay)}): a TweenChain with a delay of its own counts it down but never becomes active in Phaser 3.90, so none of its tweens ever plays (put the delay on the first tween of the chain)`, lineOf(delay), 'the delay on the first tween');
      return;
    }
  }

  // registry.events.on('changedata-coins', (parent, key, value) => ...): a key's own event passes (parent, value,
  // previousValue), without the key, so `value` is the amount from before the change
  changeDataKeyHandler() {
    for (const c of this.calls) {
      const [ev, h] = c.n.arguments;
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || typeof ev.value !== 'string' || !/^changedata-./.test(ev.value)) continue;
      // (a name declared in the same function as the call, when several functions declare one of that name)
      const decl = h && h.type === 'Identifier' ? (this.decls.get(h.name) || []).find((d) => d.init && /Function/.test(d.init.type) && (!c.ctx.fn || (d.init.start >= c.ctx.fn.start && d.init.end <= c.ctx.fn.end))) : null;
      const fn = h && /Function/.test(h.type) ? h : decl ? decl.init : h && h.type === 'MemberExpression' && !h.computed ? this.functionsByName().get(h.property.name) : null;
      if (!fn || fn.params.length < 3 || fn.params[1].type !== 'Identifier' || !/^(key|k|name|prop|field|dataKey)$/i.test(fn.params[1].name)) continue;
      const [p0, p1, p2] = fn.params.map((p) => (p.type === 'Identifier' ? p.name : '…'));
      this.add('wrong_argument', true, `on('${ev.value}', (${p0}, ${p1}, ${p2}) => ...) (line ${lineOf(c.n)}): a key's own changedata event passes (parent, value, previousValue), not the key, so ${p2} is the value from before the change (write (parent, value) => ..., or listen to 'changedata' for (parent, key, value))`, lineOf(c.n), '(parent, value, previousValue)');
      return;
    }
  }

  // an object scene's init: (data) => { this.dots = data.dots }: an arrow function's `this` is the one around the
  // scene object (window at the top of a script), not the scene, so what it sets is never the scene's
  arrowSceneMethods() {
    const LIFECYCLE = /^(init|preload|create|update)$/;
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.arrowSceneFound || n.type !== 'ObjectExpression' || ctx.fn) return;
      const props = n.properties.filter((q) => q.type === 'Property' && !q.computed && q.key);
      const names = props.map((q) => q.key.name || q.key.value);
      if (!names.some((k) => /^(create|preload)$/.test(k))) return;
      for (const q of props) {
        const name = q.key.name || q.key.value;
        if (!LIFECYCLE.test(name) || q.value.type !== 'ArrowFunctionExpression' || !/\bthis\b/.test(this.code.slice(q.value.body.start, q.value.body.end))) continue;
        this.arrowSceneFound = true;
        this.add('never_fires', true, `${name}: (${q.value.params.map((p) => this.code.slice(p.start, p.end)).join(', ')}) => { ... } (line ${lineOf(q)}) in a scene written as an object: an arrow function keeps the \`this\` around the object (window at the top of a script), not the scene, so its this.* are never the scene's (write ${name}: function (...) { ... } or ${name}(...) { ... })`, lineOf(q), `${name}: function () {}`);
        return;
      }
    });
  }

  // this.scene.pause(); this.input.once('pointerdown', () => this.scene.restart()): a paused scene's input plugin hears
  // nothing, so the handler made right after the pause never runs and the game stays frozen
  pausedThenListens() {
    if (/\bresume\s*\(|\bsetTimeout\s*\(|addEventListener\s*\(|scene\.get\s*\(/.test(this.bare())) return;
    for (const p of this.calls) {
      if (p.name !== 'pause' || p.on !== 'this.scene' || p.n.arguments.length || !p.ctx.fn) continue;
      const listen = this.calls.find((c) => ['on', 'once'].includes(c.name) && /^this\.input(\.keyboard)?$/.test(c.on || '') && c.ctx.fn === p.ctx.fn && c.n.start > p.n.end);
      if (!listen) continue;
      const ev = listen.n.arguments[0];
      this.add('never_fires', true, `this.scene.pause() (line ${lineOf(p.n)}) and then ${listen.on}.${listen.name}(${ev ? this.code.slice(ev.start, ev.end) : ''}, ...) (line ${lineOf(listen.n)}): a paused scene's input hears nothing, so the handler never runs and the scene stays paused (pause only physics and timers: this.physics.pause(), or listen from another scene)`, lineOf(listen.n), 'this.physics.pause()');
      return;
    }
  }

  // this.time.paused = true, and the only this.time.paused = false in a timer of that same clock (a 3-2-1 countdown
  // made with time.addEvent): a paused clock runs none of its timers, so it never comes back
  clockUnpausedByItsOwnTimer() {
    const unpauses = [];
    let paused = false;
    walk(this.ast, (n, parent, key, ctx) => {
      if (n.type !== 'AssignmentExpression' || !/^this\.time\.paused$/.test(memberPath(n.left) || '')) return;
      const v = literalValue(n.right);
      if (v.ok && v.value === true) paused = true;
      else unpauses.push({ n, ctx });
    });
    if (!paused || !unpauses.length) return;
    // the callbacks of this clock's timers: delayedCall(ms, fn), addEvent({ callback }) (source ranges)
    const callbacks = [];
    for (const c of this.calls) {
      if (!/^(addEvent|delayedCall)$/.test(c.name) || c.on !== 'this.time') continue;
      const a = c.n.arguments;
      if (c.name === 'delayedCall' && a[1]) callbacks.push(a[1]);
      const cfg = c.name === 'addEvent' && a[0] && a[0].type === 'ObjectExpression' ? a[0] : null;
      const cb = cfg && cfg.properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'callback');
      if (cb) callbacks.push(cb.value);
    }
    const inside = (n) => callbacks.some((cb) => /Function/.test(cb.type) && n.start >= cb.start && n.end <= cb.end);
    // in such a callback, or in a method called only from such callbacks (this.resumeGame())
    const inTimer = (u) => {
      if (inside(u.n)) return true;
      const role = u.ctx.roles[u.ctx.roles.length - 1];
      const sites = role ? this.calls.filter((c) => c.name === role && c.on === 'this') : [];
      const handed = !!role && callbacks.some((cb) => memberPath(cb) === 'this.' + role);
      return (sites.length > 0 || handed) && sites.every((c) => inside(c.n)) && !new RegExp(`[^.\\w]${role}\\s*[,)]|\\.${role}\\s*[,)]`).test(this.bare().replace(/callback\s*:\s*this\.\w+/g, ''));
    };
    // (a timer made with the clock paused may also be one of another scene's, or a setTimeout: not this clock's)
    if (!unpauses.every(inTimer) || /setTimeout|setInterval|scene\.get\s*\(/.test(this.bare())) return;
    const u = unpauses[0];
    this.add('never_fires', true, `this.time.paused = false (line ${lineOf(u.n)}) runs only from a timer of this.time, the clock this.time.paused = true stops: a paused clock runs none of its timers, so it never comes back (count down with update()'s delta or a tween, or pause only what must stop)`, lineOf(u.n), 'a resume outside the paused clock');
  }

  // body.touching.down on a body whose only floor is the world's edge: touching is set by colliding with another body,
  // the bounds set blocked.down, so a jump that waits for touching.down never happens
  touchingWorldFloor() {
    const reads = [...this.reads.keys()].filter((r) => /\.touching\.down$/.test(r));
    if (!reads.length) return;
    if (!this.calls.some((c) => c.name === 'setCollideWorldBounds')) return;
    if (this.calls.some((c) => ['collider', 'collide', 'overlap'].includes(c.name) || /^(setTile|setCollision|createLayer)/.test(c.name))) return;
    if ([...this.reads.keys()].some((r) => /\.(blocked|onFloor)\b/.test(r)) || this.calls.some((c) => c.name === 'onFloor')) return;
    this.add('never_fires', true, `${reads[0]} is only set when the body collides with another body, and this program has no collider: on the world's bottom edge the body sets blocked.down, so whatever waits for touching.down never runs (test body.blocked.down or body.onFloor())`, this.reads.get(reads[0]), 'body.blocked.down');
  }

  // this.events.emit('score') in scene A and this.events.on('score') in scene B: each scene's `events` is its own
  // emitter, so B never hears A (listen on this.scene.get('A').events, or emit on this.game.events / the registry)
  eventsBetweenScenes() {
    const byName = new Map(); // event -> {emits: [{cls, line}], listens: [...], other: bool}
    for (const { n, name, on, ctx } of this.calls) {
      const isEmit = name === 'emit';
      if (!isEmit && !['on', 'once', 'addListener'].includes(name)) continue;
      const a = n.arguments[0];
      if (!a || a.type !== 'Literal' || typeof a.value !== 'string') continue;
      if (!byName.has(a.value)) byName.set(a.value, { emits: [], listens: [], other: false });
      const e = byName.get(a.value);
      if (on !== 'this.events' || !ctx.cls) { e.other = true; continue; }
      (isEmit ? e.emits : e.listens).push({ cls: ctx.cls, line: lineOf(n) });
    }
    for (const [ev, e] of byName) {
      if (e.other || !e.emits.length || !e.listens.length) continue;
      const emitters = new Set(e.emits.map((x) => x.cls));
      if (e.listens.some((l) => emitters.has(l.cls))) continue;
      const l = e.listens[0];
      const from = e.emits[0].cls.id ? e.emits[0].cls.id.name : 'another scene';
      const key = sceneKeyOf(e.emits[0].cls);
      this.add('never_fires', true, `this.events.on('${ev}') (line ${l.line}) listens on this scene's own emitter, but '${ev}' is emitted only by ${from} on its own this.events (line ${e.emits[0].line}): a scene's events are its own, so this handler never runs (listen on this.scene.get('${key || from}').events, or emit on this.game.events)`, l.line, `this.scene.get('${key || from}').events.on`);
    }
    // emitted only on the game's events, listened for only on a scene's own: the game's emitter calls only its handlers
    for (const [ev, e] of byName) {
      const all = this.calls.filter((c) => ['emit', 'on', 'once', 'addListener'].includes(c.name) && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && c.n.arguments[0].value === ev);
      const emits = all.filter((c) => c.name === 'emit');
      const listens = all.filter((c) => c.name !== 'emit');
      if (!emits.length || !emits.every((c) => /(^|\.)game\.events$/.test(c.on || '')) || !listens.length || !listens.every((c) => c.on === 'this.events')) continue;
      this.add('never_fires', true, `this.events.on('${ev}') (line ${lineOf(listens[0].n)}) listens on this scene's own emitter, but '${ev}' is emitted only on the game's events (${emits[0].on}.emit, line ${lineOf(emits[0].n)}): each emitter calls only its own handlers, so this one never runs (this.game.events.on('${ev}', ...))`, lineOf(listens[0].n), `this.game.events.on('${ev}')`);
      return;
    }
  }

  // this.registry.set('lives', n) watched with this.events.on('changedata-lives'): the registry emits on
  // this.registry.events (a scene's own events hear only this.data), so the handler never runs
  registryWatchedOnScene() {
    const keyOf = (c) => { const a = c.n.arguments[0]; return a && a.type === 'Literal' && typeof a.value === 'string' ? a.value : null; };
    const registry = new Set();
    const local = new Set();
    for (const c of this.calls) {
      if (!['set', 'inc', 'toggle', 'setData', 'incData', 'toggleData'].includes(c.name)) continue;
      const a = c.n.arguments[0];
      // registry.set({ coins: 0, keys: 0 }) sets each key; a key computed at run time is any key ('*')
      const keys = keyOf(c) !== null ? [keyOf(c)] : a && a.type === 'ObjectExpression' ? a.properties.filter((p) => p.type === 'Property' && p.key).map((p) => p.key.name || String(p.key.value)) : a ? ['*'] : [];
      // a game object's setData() goes to that object's own events: only the scene's this.data reaches this.events
      for (const key of keys) { if (/(^|\.)registry$/.test(c.on || '')) registry.add(key); else if (/^this\.(sys\.)?data$/.test(c.on || '')) local.add(key); }
    }
    for (const a of this.assigns) { const m = /registry\.values\.(\w+)$/.exec(a.path); if (m) registry.add(m[1]); else if (/\.values\.(\w+)$/.test(a.path)) local.add(a.path.split('.').pop()); }
    for (const c of this.calls) {
      const a = c.n.arguments[0];
      // 'changedata-' + type: the key is known at run time only ('*')
      const ev = keyOf(c) || (a && a.type === 'BinaryExpression' && a.operator === '+' && a.left.type === 'Literal' && a.left.value === 'changedata-' ? 'changedata-*' : null);
      const sceneEvents = c.on === 'this.events' || (c.on && /^\w+$/.test(c.on) && (this.decls.get(c.on) || []).length === 1 && !this.writes.get(c.on) && memberPath(this.decls.get(c.on)[0].init) === 'this.events');
      if (!['on', 'once'].includes(c.name) || !sceneEvents || !ev || !(ev.startsWith('changedata-') || ev === 'changedata')) continue;
      // 'changedata' for every key: like a key known only at run time
      const key = ev === 'changedata' ? '*' : ev.slice('changedata-'.length);
      if (key === '*' ? !registry.size || local.size : (!registry.has(key) && !registry.has('*')) || local.has(key) || local.has('*')) continue;
      const name = key === '*' ? this.code.slice(a.start, a.end) : `'${ev}'`;
      const what = key === '*' ? 'these keys are' : `'${key}' is`;
      this.add('never_fires', true, `${c.on}.on(${name})${c.on === 'this.events' ? '' : ` (${c.on} = this.events)`}: ${what} set only on the registry, which emits its changedata events on this.registry.events, and a scene's own events hear only this.data: the handler never runs (listen with this.registry.events.on(${name}, ...))`, lineOf(c.n), 'this.registry.events.on');
      return;
    }
  }

  // switch (event.key) { case Phaser.Input.Keyboard.KeyCodes.LEFT: ... }: a KeyboardEvent's key is a string ('ArrowLeft')
  // and KeyCodes are numbers, so no case ever matches
  keyComparedToCode() {
    const isKey = (n) => n && n.type === 'MemberExpression' && !n.computed && n.property.name === 'key' && n.object.type === 'Identifier';
    const aliases = new Set(['KeyCodes']); // const K = Phaser.Input.Keyboard.KeyCodes
    walk(this.ast, (n) => { if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && /(^|\.)KeyCodes$/.test(memberPath(n.init) || '')) aliases.add(n.id.name); });
    const codeOf = (path) => { const parts = (path || '').split('.'); return parts.length >= 2 && aliases.has(parts[parts.length - 2]); };
    const isCode = (n) => n && ((n.type === 'MemberExpression' && codeOf(memberPath(n))) || (n.type === 'Literal' && typeof n.value === 'number'));
    walk(this.ast, (n) => {
      if (this.keyCode) return;
      let hit = null;
      if (n.type === 'SwitchStatement' && isKey(n.discriminant)) {
        const codes = n.cases.filter((c) => c.test);
        if (codes.length && codes.every((c) => isCode(c.test))) hit = codes[0].test;
      }
      if (n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator) && ((isKey(n.left) && isCode(n.right)) || (isKey(n.right) && isCode(n.left)))) hit = n;
      if (!hit) return;
      this.keyCode = true;
      const key = isKey(n.discriminant) ? n.discriminant : isKey(n.left) ? n.left : n.right;
      this.add('never_fires', true, `${key.object.name}.key compared with a key code: a KeyboardEvent's key is a string ('ArrowLeft', 'a', ' ') and KeyCodes are numbers, so this never matches (compare ${key.object.name}.keyCode, or use 'keydown-LEFT' events or createCursorKeys())`, lineOf(hit), 'event.keyCode');
    });
  }

  // this.input.on('gameobjectdown', (zone, pointer) => zone.column): the input plugin calls it with (pointer,
  // gameObject), so the first parameter is the Pointer and what is read off it as the object is undefined
  pointerForObject() {
    const OBJECT_ONLY = /^(getData|setData|setTint|clearTint|setFillStyle|setTexture|setFrame|setScale|setAlpha|setVisible|destroy|disableInteractive|setStrokeStyle|setText|texture|frame|fillColor|data|list|parentContainer|displayWidth|displayHeight)$/;
    const custom = new Set(this.assigns.filter((a) => a.path.split('.').length === 2).map((a) => a.prop));
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      const fn = c.n.arguments[1];
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || !/^gameobject(down|up|over|out|move)$/.test(ev.value)) continue;
      if (!fn || !/Function/.test(fn.type) || !fn.params.length || fn.params[0].type !== 'Identifier') continue;
      const first = fn.params[0].name;
      const second = fn.params[1] && fn.params[1].type === 'Identifier' ? fn.params[1].name : '';
      // one parameter named as a pointer is one; a field the program puts on its objects read off any other name
      const pointerNamed = /pointer|^ptr$|^p$|^e$|^ev(ent)?$/i;
      let used = null;
      let via = null;
      for (const { name, body } of this.paramBodies(fn, 0)) {
        walk(body, (n) => {
          if (used) return;
          if (n.type === 'MemberExpression' && !n.computed && n.object.type === 'Identifier' && n.object.name === name) {
            const m = n.property.name;
            if (OBJECT_ONLY.test(m) || (custom.has(m) && !POINTER_FIELDS.test(m) && (second ? pointerNamed.test(second) : !pointerNamed.test(first)))) used = n;
          }
          // looked up in a list (tabs.indexOf(gameObject)): a Pointer is in no list of the program's objects
          if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && /^(indexOf|includes|lastIndexOf)$/.test(n.callee.property.name)
            && n.arguments[0] && n.arguments[0].type === 'Identifier' && n.arguments[0].name === name && (second ? pointerNamed.test(second) : !pointerNamed.test(first))) used = n;
          // a tween of it: the tween would move the Pointer
          if (!second && !pointerNamed.test(first) && n.type === 'Property' && n.key && (n.key.name || n.key.value) === 'targets'
            && (n.value.type === 'Identifier' ? n.value.name === name : n.value.type === 'ArrayExpression' && n.value.elements.some((e) => e && e.type === 'Identifier' && e.name === name))) used = n;
        });
        if (used) { via = body === fn.body ? null : name; break; }
      }
      if (!used) continue;
      const listed = used.type === 'CallExpression';
      const what = used.type === 'Property' ? 'a tween target' : listed ? 'is in no list of the program' : `has no ${used.property.name}`;
      const shown = used.type === 'Property' ? `${via || first} as a tween's targets` : listed ? `${this.code.slice(used.start, used.end)}` : `${via || first}.${used.property.name}`;
      this.add('wrong_argument', true, `on('${ev.value}', (${first}${second ? ', ' + second : ''}) => ...) uses ${shown} (line ${lineOf(used)}${via ? `, handed on as ${via}` : ''}): the input plugin calls it with (pointer, gameObject), so '${first}' is the Pointer${used.type === 'Property' ? ', not a game object' : listed ? ', which is in no list of the program\'s objects' : ` and ${what}`} (write (pointer, ${second && !pointerNamed.test(second) ? second : first}) => ...)`, lineOf(used), '(pointer, gameObject)');
      return;
    }
  }

  // this.input.pointer1 read as the mouse: pointer1 is the first touch pointer, a mouse moves mousePointer (pointer 0),
  // so pointer1 stays at (0, 0) on a desktop (Phaser 2 habit)
  touchPointerForMouse() {
    const read = [...this.reads.entries()].find(([path]) => /(^|\.)input\.pointer1(\.|$)/.test(path));
    if (!read) return;
    if (this.calls.some((c) => c.name === 'addPointer') || [...this.reads.keys()].some((r) => /(^|\.)(pointer[2-9]|activePointers)$/.test(r))) return;
    this.add('never_fires', true, `${read[0].replace(/\.(x|y|worldX|worldY|isDown)$/, '')}: pointer1 is the first touch pointer; a mouse moves this.input.mousePointer (pointer 0), so on a desktop pointer1 never leaves (0, 0) (use this.input.activePointer)`, read[1], 'this.input.activePointer');
  }

  // physics.world.on('collide') with no body's onCollide = true: Arcade emits the world's collide, overlap and
  // worldbounds events only for bodies that ask for them
  worldEventsNotAskedFor() {
    const FLAG = { collide: 'onCollide', overlap: 'onOverlap', worldbounds: 'onWorldBounds' };
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      if (!['on', 'once'].includes(c.name) || !/(^|\.)world$/.test(c.on || '') || !ev || ev.type !== 'Literal' || !Object.hasOwn(FLAG, ev.value)) continue;
      const flag = FLAG[ev.value];
      if (this.assigns.some((a) => a.prop === flag) || [...this.reads.keys()].some((r) => r.endsWith('.' + flag)) || this.propKeys.has(flag)) continue;
      // setCollideWorldBounds(true, bounceX, bounceY, onWorldBounds) sets it too (its fourth argument)
      if (flag === 'onWorldBounds' && this.calls.some((d) => d.name === 'setCollideWorldBounds' && d.n.arguments.length >= 4 && !(d.n.arguments[3].type === 'Literal' && !d.n.arguments[3].value))) continue;
      this.add('never_fires', true, `physics.world.on('${ev.value}'): Arcade emits '${ev.value}' only for bodies with ${flag} = true, and no body here sets it, so the handler never runs (set body.${flag} = true, or pass a callback to physics.add.${ev.value === 'overlap' ? 'overlap' : 'collider'}())`, lineOf(c.n), `body.${flag} = true`);
      return;
    }
  }

  // class Bullet extends Phaser.Physics.Arcade.Image { update() {...} }: Phaser calls a game object's preUpdate; its
  // update() runs only from a group made with runChildUpdate: true, or when the program calls it
  objectUpdateNeverCalled() {
    if (this.propKeys.has('runChildUpdate') || this.assigns.some((a) => a.prop === 'runChildUpdate')) return;
    for (const cls of this.classes) {
      const base = cls.superClass ? memberPath(cls.superClass) || '' : '';
      if (!/^Phaser\.(GameObjects\.(Sprite|Image|Rectangle|Arc|Ellipse|Container|Text|Graphics|Shape|Polygon|Triangle|Star|Zone)|Physics\.(Arcade|Matter)\.(Sprite|Image))$/.test(base)) continue;
      const update = cls.body.body.find((m) => m.type === 'MethodDefinition' && !m.static && m.key.name === 'update');
      if (!update || !cls.id) continue;
      const name = cls.id.name;
      // anything calling .update( besides super.update(), or handing the method over (children.each(c => c.update()))
      const called = this.calls.some((c) => c.name === 'update' && c.n.callee.object.type !== 'Super');
      const named = this.calls.some((c) => c.n.arguments.some((a) => a.type === 'MemberExpression' && !a.computed && a.property.name === 'update'));
      if (called || named || !this.newOrClassType(name)) continue;
      this.add('never_fires', true, `${name}.update() (line ${lineOf(update)}) is never called: Phaser runs a game object's preUpdate(), and update() only for the children of a group made with runChildUpdate: true, so this code never runs (add runChildUpdate: true to the group's config, or rename it preUpdate(time, delta) and call super.preUpdate(time, delta))`, lineOf(update), 'runChildUpdate: true');
      return;
    }
  }

  newOrClassType(name) {
    let used = false;
    walk(this.ast, (n) => {
      if (used) return;
      if (n.type === 'NewExpression' && n.callee.type === 'Identifier' && n.callee.name === name) used = true;
      if (n.type === 'Property' && !n.computed && n.key && n.key.name === 'classType' && n.value.type === 'Identifier' && n.value.name === name) used = true;
    });
    return used;
  }

  // knob.on('drag', (pointer, gameObject, dragX, dragY) => ...): a game object calls its own drag handler with
  // (pointer, dragX, dragY); the (pointer, gameObject, dragX, dragY) signature is the input plugin's
  ownDragWithPluginSignature() {
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      const fn = c.n.arguments[1];
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || !['drag', 'dragstart', 'dragend', 'drop'].includes(ev.value)) continue;
      if (!c.on || !fn || !/Function/.test(fn.type)) continue;
      const params = fn.params.map((p) => (p.type === 'Identifier' ? p.name : ''));
      if (/(^|\.)input$/.test(c.on)) {
        // the input plugin's drag handler written with a game object's own signature: (pointer, dragX, dragY)
        if (ev.value === 'drag' && params.length === 3 && /^(d(rag)?X|x|dx|posX)$/i.test(params[1]) && /^(d(rag)?Y|y|dy|posY)$/i.test(params[2])) {
          this.add('wrong_argument', true, `this.input.on('drag', (${params.join(', ')}) => ...): the input plugin calls it with (pointer, gameObject, dragX, dragY), so '${params[1]}' is the dragged object and '${params[2]}' its x (write (pointer, gameObject, dragX, dragY))`, lineOf(fn), '(pointer, gameObject, dragX, dragY)');
          return;
        }
        continue;
      }
      // a game object's own dragend passes (pointer, dragX, dragY, dropped): 'dropped' second is the x
      if (ev.value === 'dragend' && params.length === 2 && /drop/i.test(params[1])) {
        this.add('wrong_argument', true, `${c.on}.on('dragend', (${params.join(', ')}) => ...): a game object calls its own dragend handler with (pointer, dragX, dragY, dropped), so '${params[1]}' is the x where the drag ended, not whether it was dropped on a zone (write (pointer, dragX, dragY, dropped))`, lineOf(fn), '(pointer, dragX, dragY, dropped)');
        return;
      }
      const objectNamed = /^(g?o|obj|object|gameObject|target|item|sprite|child|piece|card|handle|knob|thumb|block|tile|el)$/i.test(params[1] || '');
      if (ev.value !== 'drag' || !(params.length >= 4 || (params.length === 3 && objectNamed))) continue;
      this.add('wrong_argument', true, `${c.on}.on('drag', (${params.join(', ')}) => ...): a game object calls its own drag handler with (pointer, dragX, dragY), so '${params[1]}' is the x and '${params[2]}' the y${params[3] ? ` ('${params[3]}' is undefined)` : ''} (write (pointer, dragX, dragY), or listen with this.input.on('drag', ...))`, lineOf(fn), '(pointer, dragX, dragY)');
      return;
    }
  }

  // this.input.on('wheel', (pointer, dx, dy) => ...): the input plugin calls it with (pointer, currentlyOver, deltaX,
  // deltaY, deltaZ), so the second parameter is the array of objects under the pointer, the third deltaX
  wheelDeltaSecond() {
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      const fn = c.n.arguments[1];
      if (!['on', 'once'].includes(c.name) || !/(^|\.)input$/.test(c.on || '') || !ev || ev.type !== 'Literal' || ev.value !== 'wheel') continue;
      if (!fn || !/Function/.test(fn.type) || fn.params.length < 2 || fn.params[1].type !== 'Identifier') continue;
      const second = fn.params[1].name;
      if (!/^(d|dx|dy|delta|deltaX|deltaY|dX|dY|wheel|scroll|amount|dz)$/i.test(second)) continue;
      const names = fn.params.map((p) => (p.type === 'Identifier' ? p.name : '…'));
      this.add('wrong_argument', true, `this.input.on('wheel', (${names.join(', ')}) => ...): the input plugin calls it with (pointer, currentlyOver, deltaX, deltaY, deltaZ), so '${second}' is the list of objects under the pointer${names[2] ? ` and '${names[2]}' is deltaX` : ''} (write (pointer, over, deltaX, deltaY))`, lineOf(fn), '(pointer, currentlyOver, deltaX, deltaY, deltaZ)');
      return;
    }
  }

  // this.load.image(...) in create() or a handler, and no this.load.start(): the loader starts by itself only for
  // preload(); files queued later wait for start(), so nothing loads and its events never come
  loaderNeverStarted() {
    const FILES = /^(image|svg|audio|spritesheet|atlas|multiatlas|json|text|xml|bitmapFont|tilemapTiledJSON|html|glsl|video|plugin|script|pack|aseprite)$/;
    if (this.calls.some((c) => c.name === 'start' && /(^|\.)load$/.test(c.on || ''))) return;
    const late = this.calls.find((c) => FILES.test(c.name) && /(^|\.)load$/.test(c.on || '') && !c.ctx.roles.includes('preload')
      && c.ctx.roles.some((r) => r === 'create' || r === 'update' || r === 'init'));
    if (!late) return;
    this.add('never_fires', true, `this.load.${late.name}(...) outside preload() and no this.load.start(): the loader starts by itself only for preload(), so this file never loads and the loader's progress and complete events never come (call this.load.start() after queueing, or queue it in preload())`, lineOf(late.n), 'this.load.start()');
  }

  // this.events.on('gameobjectdown'): pointer, game-object, drag and wheel events come from the input plugin
  // (this.input), never from the scene's own events, so the handler never runs
  inputEventsOnScene() {
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || typeof ev.value !== 'string') continue;
      if (!/^(pointer(down|up|move|over|out|downoutside|upoutside)|gameobject(down|up|move|over|out)|drag(start|end|enter|leave|over)?|drop|wheel)$/.test(ev.value)) continue;
      if (!/(^|\.)(this\.events|scene\.events|sys\.events)$/.test(c.on || '') && c.on !== 'this.events') continue;
      this.add('never_fires', true, `${c.on}.${c.name}('${ev.value}') (line ${lineOf(c.n)}): '${ev.value}' is emitted by the input plugin (this.input), not by the scene's own events, so the handler never runs (this.input.${c.name}('${ev.value}', ...))`, lineOf(c.n), `this.input.${c.name}`);
      return;
    }
  }

  // tweens.add({ targets, opacity: 0 }): CSS's opacity; no Phaser game object has it (alpha), so the tween only
  // writes a new field and nothing fades
  tweenOfOpacity() {
    for (const c of this.calls) {
      const cfg = c.n.arguments[0];
      if (!/^(add|chain|create)$/.test(c.name) || !/(^|\.)tweens$/.test(c.on || '') || !cfg || cfg.type !== 'ObjectExpression') continue;
      const op = cfg.properties.find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === 'opacity');
      const targets = cfg.properties.find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === 'targets');
      // a plain object of the program's own (a counter it reads back) may have an opacity
      if (!op || !targets || targets.value.type === 'ObjectExpression' || /\bopacity\b/.test(this.bare().replace(/\bopacity\s*:/g, ''))) continue;
      this.add('unknown_key', true, `opacity: ... in the tween (line ${lineOf(op)}): Phaser game objects have no opacity (that is CSS): the tween writes a new field and nothing fades (alpha)`, lineOf(op), 'alpha');
      return;
    }
  }

  // this.events.once('camerafadeoutcomplete'): a camera emits its effects' events on itself, never on the scene
  cameraEventsOnScene() {
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || typeof ev.value !== 'string' || !/^camera(fade|flash|shake|pan|zoom|rotate)\w*(start|complete)$/.test(ev.value)) continue;
      if (!/(^|\.)(events|scene\.events)$/.test(c.on || '') || /cameras?\b|\bcam\b/i.test(c.on || '')) continue;
      this.add('never_fires', true, `${c.on}.${c.name}('${ev.value}'): a camera emits '${ev.value}' on itself, not on the scene's events, so the handler never runs (this.cameras.main.${c.name}('${ev.value}', ...))`, lineOf(c.n), 'this.cameras.main.on');
      return;
    }
  }

  // 'changedata_score', 'animationcomplete_walk': Phaser joins these event names with a hyphen ('changedata-score')
  underscoredEvents() {
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || typeof ev.value !== 'string') continue;
      const m = /^(changedata|setdata|removedata|animationcomplete|animationstart|animationrepeat|animationupdate|animationstop)_(.+)$/.exec(ev.value);
      if (!m || this.calls.some((e) => e.name === 'emit' && e.n.arguments[0] && e.n.arguments[0].value === ev.value)) continue;
      this.add('never_fires', true, `on('${ev.value}'): Phaser names this event '${m[1]}-${m[2]}' (a hyphen), and nothing emits '${ev.value}', so the handler never runs`, lineOf(c.n), `${m[1]}-${m[2]}`);
      return;
    }
  }

  // callback: () => this.step: the arrow returns the method without calling it, so each call does nothing
  arrowReturnsMethod() {
    const methods = new Set();
    for (const cls of this.classes) for (const m of cls.body.body) if (m.type === 'MethodDefinition' && m.kind === 'method' && !m.computed && m.key.name) methods.add(m.key.name);
    walk(this.ast, (n, parent, key) => {
      if (this.arrowFound || n.type !== 'ArrowFunctionExpression' || n.body.type === 'BlockStatement') return;
      const b = n.body;
      const named = b.type === 'MemberExpression' && !b.computed && b.object.type === 'ThisExpression' && methods.has(b.property.name);
      if (!named) return;
      const handed = (parent && parent.type === 'Property' && key === 'value' && /^(callback|on[A-Z]\w*)$/.test(parent.key.name || ''))
        || (parent && parent.type === 'CallExpression' && key === 'arguments');
      if (!handed) return;
      this.arrowFound = true;
      this.add('never_fires', true, `() => this.${b.property.name} returns the method without calling it, so when Phaser calls the arrow nothing happens (write () => this.${b.property.name}(), or pass this.${b.property.name} with its context)`, lineOf(n), `() => this.${b.property.name}()`);
    });
  }

  // particle emitters: startFollow() on an emitter placed away from (0, 0) (its particles are drawn at the followed
  // point plus that offset), explode() on a flowing emitter (it switches the flow off for good)
  emitters() {
    const made = new Map(); // path -> {call, x, y, flowing}
    for (const a of this.assigns) {
      const v = a.value;
      if (v.type === 'CallExpression' && /\.add\.particles$/.test(memberPath(v.callee) || '') && v.arguments.length >= 3) made.set(a.path, v);
    }
    walk(this.ast, (n) => {
      if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && n.init.type === 'CallExpression' && /\.add\.particles$/.test(memberPath(n.init.callee) || '') && n.init.arguments.length >= 3) made.set(n.id.name, n.init);
    });
    for (const c of this.calls) {
      const emitter = made.get(c.on || '');
      if (!emitter) continue;
      const [x, y] = emitter.arguments.map((a) => literalValue(a));
      if (c.name === 'startFollow' && x && y && x.ok && y.ok && typeof x.value === 'number' && typeof y.value === 'number' && (x.value || y.value)) {
        this.add('misplaced', true, `${c.on}.startFollow(...) on an emitter made at (${x.value}, ${y.value}): a following emitter's particles are placed at the followed object plus the emitter's own position, so they appear ${x.value}, ${y.value} px away from it (make it at (0, 0): this.add.particles(0, 0, ...))`, lineOf(c.n), 'this.add.particles(0, 0, ...)');
        return;
      }
      const config = emitter.arguments[3];
      const opts = config && config.type === 'ObjectExpression' ? new Map(config.properties.filter((p) => p.type === 'Property' && p.key).map((p) => [p.key.name || p.key.value, literalValue(p.value)])) : new Map();
      const stopped = (opts.get('emitting') && opts.get('emitting').ok && opts.get('emitting').value === false) || (opts.get('frequency') && opts.get('frequency').ok && opts.get('frequency').value === -1)
        || this.calls.some((d) => d.on === c.on && ['stop', 'setFrequency', 'start', 'flow'].includes(d.name));
      if ((c.name === 'explode' && c.n.arguments.length >= 3) || (c.name === 'emitParticleAt' && c.n.arguments.length >= 2)) {
        const [ax, ay] = c.name === 'explode' ? c.n.arguments.slice(1, 3) : c.n.arguments.slice(0, 2);
        const [ex, ey] = emitter.arguments;
        const text = (n) => this.code.slice(n.start, n.end).replace(/\s+/g, '');
        const zero = x && y && x.ok && y.ok && x.value === 0 && y.value === 0;
        const same = text(ex) === text(ax) && text(ey) === text(ay);
        // a position given as a plain name (pointer.x, x) is the world's; arithmetic (pointer.x - emitter.x) may be local
        const fixed = x && y && x.ok && y.ok && typeof x.value === 'number' && typeof y.value === 'number' && memberPath(ax) && memberPath(ay);
        if (!zero && (same || fixed)) {
          this.add('misplaced', true, `${c.on}.${c.name}(${c.name === 'explode' ? '..., ' : ''}${text(ax)}, ${text(ay)}) on an emitter made at (${text(ex)}, ${text(ey)}): since Phaser 3.60 the x and y given are inside the emitter (added to its own position), so the particles appear at (${text(ex)} + ${text(ax)}, ${text(ey)} + ${text(ay)})${same ? ', twice as far from the corner' : ''} (make the emitter at (0, 0), or give ${c.name}() no position)`, lineOf(c.n), 'this.add.particles(0, 0, ...)');
          return;
        }
      }
      if (c.name === 'explode' && this.explodeAtPointer(c)) return;
      if (c.name === 'explode' && !stopped) {
        this.add('never_fires', true, `${c.on}.explode(...) on an emitter that flows: explode() turns the emitter into a burst emitter (frequency -1), so the flow stops for good after it (burst from a second emitter made with emitting: false)`, lineOf(c.n), 'a separate burst emitter');
        return;
      }
    }
  }

  // emitter.explode(pointer.x, pointer.y): explode takes (count, x, y), so the x is taken as a count
  explodeAtPointer(c) {
    const [a, b] = c.n.arguments;
    if (c.n.arguments.length !== 2 || !a || !b) return false;
    const ta = memberPath(a) || '';
    const tb = memberPath(b) || '';
    if (!/\.(x|worldX)$/.test(ta) || !/\.(y|worldY)$/.test(tb)) return false;
    this.add('wrong_argument', true, `${c.on}.explode(${ta}, ${tb}): explode() takes (count, x, y), so ${ta} is taken as the number of particles and ${tb} as x (write explode(count, ${ta}, ${tb}))`, lineOf(c.n), 'explode(count, x, y)');
    return true;
  }

  // this.bounce = this.tweens.add({..., paused: true}) replayed with play() on each click: since 3.60 a tween that has
  // finished is destroyed unless it persists, so only the first play() animates
  pausedTweenReplayed() {
    for (const a of this.assigns) {
      const v = a.value;
      if (v.type !== 'CallExpression' || !/\.tweens\.add$/.test(memberPath(v.callee) || '') || !v.arguments[0] || v.arguments[0].type !== 'ObjectExpression') continue;
      const keys = new Map(v.arguments[0].properties.filter((p) => p.type === 'Property' && p.key).map((p) => [p.key.name || p.key.value, literalValue(p.value)]));
      const paused = keys.get('paused');
      if (!paused || !paused.ok || paused.value !== true || keys.has('persist')) continue;
      const repeat = keys.get('repeat');
      if (repeat && repeat.ok && repeat.value === -1) continue;
      const replays = this.calls.filter((c) => c.on === a.path && ['play', 'restart'].includes(c.name));
      // replayed in a handler, or in a method of its own (hit() called on each click), not where it is made
      const inHandler = replays.find((c) => c.ctx.handedTo.some(Boolean) || !['create', 'init', 'preload', 'constructor', null, undefined].includes(c.ctx.roles[c.ctx.roles.length - 1]));
      if (!inHandler) continue;
      this.add('never_fires', true, `${a.path}.${inHandler.name}() replays a tween made with paused: true and no persist: true: since Phaser 3.60 a finished tween is destroyed, so only the first ${inHandler.name}() animates (add persist: true, or make a new tween each time)`, lineOf(inHandler.n), 'persist: true');
      return;
    }
  }

  // the value of a number written as a literal, a product or quotient of such, or a name declared once with one and
  // never written (COIN = 3, DELAY = 2 * 1000), or null
  numberOf(n, depth = 0) {
    const v = literalValue(n);
    if (v.ok) return typeof v.value === 'number' ? v.value : null;
    if (n && n.type === 'BinaryExpression' && ['*', '/'].includes(n.operator) && depth < 3) {
      const a = this.numberOf(n.left, depth + 1); const b = this.numberOf(n.right, depth + 1);
      return a === null || b === null ? null : (n.operator === '*' ? a * b : (b ? a / b : null));
    }
    if (n && n.type === 'Identifier' && depth < 3) {
      const d = this.decls.get(n.name);
      if (d && d.length === 1 && !this.writes.get(n.name)) return this.numberOf(d[0].init, depth + 1);
    }
    // this.coyote, set once to a number (this.coyote = 0.15)
    if (n && n.type === 'MemberExpression' && !n.computed && n.object.type === 'ThisExpression' && depth < 3) {
      const path = memberPath(n);
      const set = this.assigns.filter((a) => a.path === path);
      if (set.length === 1 && literalValue(set[0].value).ok) return this.numberOf(set[0].value, depth + 1);
    }
    // PTS[0].x, a key of an element of an array of object literals declared once and never written
    if (n && n.type === 'MemberExpression' && !n.computed && n.object.type === 'MemberExpression' && n.object.computed && n.object.object.type === 'Identifier' && depth < 3) {
      const d = this.decls.get(n.object.object.name);
      const arr = d && d.length === 1 && !this.writes.get(n.object.object.name) ? d[0].init : null;
      const i = literalValue(n.object.property);
      const el = arr && arr.type === 'ArrayExpression' && i.ok && typeof i.value === 'number' ? arr.elements[i.value] : null;
      const p = el && el.type === 'ObjectExpression' ? el.properties.find((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === n.property.name) : null;
      if (p && literalValue(p.value).ok) return this.numberOf(p.value, depth + 1);
    }
    // CFG.invincible, a key of a settings object declared once (const CFG = { invincible: 1 }) and never written
    if (n && n.type === 'MemberExpression' && !n.computed && n.object.type === 'Identifier' && n.property.type === 'Identifier' && depth < 3) {
      const d = this.decls.get(n.object.name);
      const obj = d && d.length === 1 && !this.writes.get(n.object.name) ? d[0].init : null;
      if (obj && obj.type === 'ObjectExpression' && !this.assigns.some((a) => a.path === memberPath(n))) {
        const p = obj.properties.find((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === n.property.name);
        if (p && literalValue(p.value).ok) return this.numberOf(p.value, depth + 1);
      }
    }
    return null;
  }

  // numberOf with + and - too, through names (N * CELL / 2 - CLUE / 2)
  arithmetic(n, depth = 0) {
    if (!n || depth > 6) return null;
    if (n.type === 'UnaryExpression' && n.operator === '-') { const a = this.arithmetic(n.argument, depth + 1); return a === null ? null : -a; }
    if (n.type === 'BinaryExpression' && ['+', '-', '*', '/'].includes(n.operator)) {
      const a = this.arithmetic(n.left, depth + 1); const b = this.arithmetic(n.right, depth + 1);
      if (a === null || b === null) return null;
      return n.operator === '+' ? a + b : n.operator === '-' ? a - b : n.operator === '*' ? a * b : (b ? a / b : null);
    }
    if (n.type === 'Identifier') {
      const d = this.decls.get(n.name);
      if (d && d.length === 1 && !this.writes.get(n.name)) return this.arithmetic(d[0].init, depth + 1);
    }
    return this.numberOf(n);
  }

  // the game's size from its config ({ width: 800, height: 600 }): { w, h }, or null where the code does not fix it
  viewSize() {
    if (this.view !== undefined) return this.view;
    // the game config's width and height (an object with scene or type beside them, or its scale), not the first
    // width in the code (GridAlign's { width: 5, height: 5 } counts cells)
    const sizes = [];
    walk(this.ast, (n, parent, key) => {
      if (n.type !== 'ObjectExpression') return;
      const keys = new Map(n.properties.filter((q) => q.type === 'Property' && q.key).map((q) => [q.key.name || q.key.value, q.value]));
      const [w, h] = ['width', 'height'].map((k) => (keys.has(k) ? this.numberOf(keys.get(k)) : null));
      if (!w || !h) return;
      const game = ['scene', 'type', 'parent', 'backgroundColor', 'physics', 'pixelArt'].some((k) => keys.has(k)) || (parent && parent.type === 'Property' && (parent.key.name || parent.key.value) === 'scale');
      sizes.push({ w, h, game });
    });
    const pick = sizes.find((v) => v.game) || sizes[0];
    this.view = pick ? { w: pick.w, h: pick.h } : null;
    return this.view;
  }

  // the call that made a value and the calls chained on it: this.add.text(...).setOrigin(0.5).setScrollFactor(0) ->
  // { made: the add.text call, chain: [setScrollFactor call, setOrigin call] }
  creation(value) {
    const chain = [];
    let v = value;
    while (v && v.type === 'CallExpression' && v.callee.type === 'MemberExpression' && v.callee.object.type === 'CallExpression') { chain.push(v); v = v.callee.object; }
    return { made: v && v.type === 'CallExpression' ? v : null, chain };
  }

  // the y values of the gravity objects in the code's configs (physics: { arcade: { gravity: { y: 600 } } })
  gravityYs() {
    const ys = [];
    for (const p of this.props) {
      if (p.key !== 'gravity' || p.value.type !== 'ObjectExpression') continue;
      for (const q of p.value.properties) if (q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'y') ys.push(q.value);
    }
    return ys;
  }

  // every name bound to a value: assignments (this.ball = ...) and names declared once (const ball = ...), [path, value]
  bindings() {
    if (!this.bound) {
      this.bound = this.assigns.map((a) => [a.path, a.value]);
      for (const [name, ds] of this.decls) if (ds.length === 1 && ds[0].init) this.bound.push([name, ds[0].init]);
    }
    return this.bound;
  }

  // the names the main camera goes by (this.cameras.main, and const cam = this.cameras.main)
  mainCameraPaths() {
    const mains = new Set(['this.cameras.main', 'cameras.main']);
    for (const [path, value] of this.bindings()) if (/(^|\.)cameras\.main$/.test(memberPath(value) || '')) mains.add(path);
    // const cam = this.cameras.main in more than one method
    for (const [name, ds] of this.decls) if (ds.length > 1 && ds.every((d) => /(^|\.)cameras\.main$/.test(memberPath(d.init) || ''))) mains.add(name);
    return mains;
  }

  // the program's named functions and class methods by name (the last of a name wins), read once
  functionsByName() {
    if (!this.functions) {
      this.functions = new Map();
      walk(this.ast, (n) => {
        if (n.type === 'FunctionDeclaration' && n.id) this.functions.set(n.id.name, n);
        if (n.type === 'MethodDefinition' && n.key && n.key.type === 'Identifier') this.functions.set(n.key.name, n.value);
      });
    }
    return this.functions;
  }

  // the program's functions Phaser calls in a scene role ('init', 'create', 'update'), with block bodies: read once
  lifecycle(role) {
    if (!this.byRole) {
      this.byRole = new Map();
      walk(this.ast, (n, parent, key) => {
        const r = /Function/.test(n.type) && n.body.type === 'BlockStatement' ? roleOf(n, parent, key) : null;
        if (!r || !['init', 'preload', 'create', 'update'].includes(r)) return;
        if (!this.byRole.has(r)) this.byRole.set(r, []);
        this.byRole.get(r).push(n);
      });
    }
    return this.byRole.get(role) || [];
  }

  // the program's function of a name: a declared function or class method, a function under that key in an object (an
  // object scene's extend), or one bound to that name
  namedFunction(name) {
    let found = this.functionsByName().get(name) || null;
    if (!found) walk(this.ast, (n) => { if (!found && n.type === 'Property' && !n.computed && n.key && (n.key.name || n.key.value) === name && /Function/.test(n.value.type)) found = n.value; });
    if (!found) { const b = this.bindings().find(([path, v]) => path === name && /Function/.test(v.type)); found = b ? b[1] : null; }
    return found;
  }

  // node and the program's methods it calls as this.name(), theirs in turn, depth levels down, each once: what runs
  // when node runs (with intoCallbacks, also what the callbacks it hands on call: they run later, but they run)
  reachedFunctions(node, depth, { intoCallbacks = false } = {}) {
    const reached = [node];
    const visit = (n, left) => {
      walk(/Function/.test(n.type) ? n.body : n, (m, parent, key, ctx) => {
        if (left <= 0 || (ctx.fn && !intoCallbacks)) return;
        // a method handed on to run later (delayedCall(700, this.nextRound, [], this)) runs too
        const handed = intoCallbacks && m.type === 'MemberExpression' && !m.computed && m.object.type === 'ThisExpression' && parent && parent.type === 'CallExpression' && key === 'arguments';
        if (!handed && (m.type !== 'CallExpression' || m.callee.type !== 'MemberExpression' || m.callee.computed || m.callee.object.type !== 'ThisExpression')) return;
        const target = this.namedFunction(handed ? m.property.name : m.callee.property.name);
        if (!target || reached.includes(target)) return;
        reached.push(target);
        visit(target, left - 1);
      });
    };
    visit(node, depth);
    return reached;
  }

  // the call that puts the object named path into a Container (container.add(path), add.container(x, y, [path])), or null
  containerHolding(path) {
    if (!this.containerPaths) this.containerPaths = new Set(this.bindings().filter(([, v]) => { const m = this.creation(v).made; return m && /(^|\.)add\.container$/.test(memberPath(m.callee) || ''); }).map(([p]) => p));
    const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
    // the children: add()'s argument, or add.container(x, y, children)'s third (not the place it is made at)
    const children = (k) => (k.name === 'container' ? k.n.arguments[2] : k.n.arguments[0]);
    return this.calls.find((k) => ((k.name === 'add' && this.containerPaths.has(k.on)) || (k.name === 'container' && /(^|\.)add$/.test(k.on || '')))
      && children(k) && new RegExp(`(^|[^\\w$.])${esc}([^\\w$]|$)`).test(this.code.slice(children(k).start, children(k).end))) || null;
  }

  // what a name holds where it is declared (const x = sprite.x) in fn, or in the whole program; the node itself if not
  localValue(a, fn) {
    if (!a || a.type !== 'Identifier') return a;
    let init = null;
    walk(fn ? fn.body : this.ast, (n) => { if (!init && n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.id.name === a.name && n.init) init = n.init; });
    return init || a;
  }

  // the function a callback argument is: inline, fn.bind(this), or the program's function of that name
  handlerFunction(h) {
    if (h && h.type === 'CallExpression' && h.callee.type === 'MemberExpression' && !h.callee.computed && h.callee.property.name === 'bind') h = h.callee.object;
    if (!h) return null;
    if (/Function/.test(h.type)) return h;
    const name = h.type === 'Identifier' ? h.name : h.type === 'MemberExpression' && !h.computed ? h.property.name : null;
    return name ? this.namedFunction(name) : null;
  }

  // the source of a handler: inline, or the program's function or method of that name ('' when unknown)
  handlerText(h) {
    if (!h) return '';
    if (/Function/.test(h.type)) return this.code.slice(h.start, h.end);
    const name = h.type === 'Identifier' ? h.name : h.type === 'MemberExpression' && !h.computed ? h.property.name : null;
    const bound = h.type === 'Identifier' ? this.bindings().find(([path, v]) => path === name && /Function/.test(v.type)) : null;
    const fn = bound ? bound[1] : name && this.functionsByName().get(name);
    return fn ? this.code.slice(fn.start, fn.end) : name ? 'resume()' : '';
  }

  // where a handler's parameter is used: the handler's own body, and the body of each of the program's functions it
  // hands the parameter on to (this.tryMove(tile) -> tryMove(t) { ... }), one call deep: [{ name, body }]
  paramBodies(fn, index) {
    const p = fn.params[index];
    if (!p || p.type !== 'Identifier') return [];
    const out = [{ name: p.name, body: fn.body }];
    walk(fn.body, (n) => {
      if (n.type !== 'CallExpression') return;
      const callee = n.callee.type === 'Identifier' ? n.callee.name : n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.object.type === 'ThisExpression' ? n.callee.property.name : null;
      const target = callee && this.functionsByName().get(callee);
      if (!target || target === fn) return;
      n.arguments.forEach((a, i) => {
        const q = target.params && target.params[i];
        if (a.type === 'Identifier' && a.name === p.name && q && q.type === 'Identifier') out.push({ name: q.name, body: target.body });
      });
    });
    return out;
  }

  // the names kept fixed on the view (setScrollFactor(0) on the name, or in the chain that made it), read once
  fixedToView() {
    if (!this.fixedNames) {
      this.fixedNames = new Set();
      for (const c of this.calls) if (c.name === 'setScrollFactor' && c.n.arguments.length && c.n.arguments.every((a) => a.type === 'Literal' && a.value === 0)) { const r = this.chainRoot(c.n); if (r) this.fixedNames.add(r); }
      for (const [path, v] of this.bindings()) if (/setScrollFactor\s*\(\s*0\s*\)/.test(this.code.slice(v.start, v.end))) this.fixedNames.add(path);
    }
    return this.fixedNames;
  }

  // the name a made object is kept in, made by this call alone or with calls chained on it
  // (const tile = this.add.rectangle(...).setInteractive() -> 'tile'), or null
  nameOfMade(call) {
    const made = (v) => { while (v && v.type === 'CallExpression' && v !== call && v.callee.type === 'MemberExpression') v = v.callee.object; return v === call; };
    const b = this.bindings().find(([, v]) => made(v));
    return b ? b[0] : null;
  }

  // the names bound to what a call of this name makes (/\.add\.zone$/: every this.add.zone(...) kept in a name)
  madeBy(callee) {
    return new Set(this.bindings().filter(([, v]) => v.type === 'CallExpression' && callee.test(memberPath(v.callee) || '')).map(([path]) => path));
  }

  // the path a chain of calls starts from: this.tooltip.setDepth(10).setAlpha(0) -> this.tooltip
  chainRoot(n) {
    let o = n.callee && n.callee.object;
    while (o && o.type === 'CallExpression' && o.callee.type === 'MemberExpression') o = o.callee.object;
    return memberPath(o);
  }

  // hidden with setAlpha(0), shown with setVisible(true): visible again but still fully transparent
  alphaZeroShownByVisible() {
    const zeroed = new Map(); // path -> line
    const alphaWritten = new Set();
    const shown = new Map();
    for (const c of this.calls) {
      const root = this.chainRoot(c.n);
      if (!root || FACTORY.test(root)) continue; // this.add.image(...).setAlpha(0): the binding's own chain is read below
      const a = c.n.arguments[0];
      if (c.name === 'setAlpha') {
        const v = literalValue(a);
        if (v.ok && v.value === 0 && c.n.arguments.length === 1) { if (!zeroed.has(root)) zeroed.set(root, lineOf(c.n)); } else alphaWritten.add(root);
      }
      if (c.name === 'setVisible' && a && a.type === 'Literal' && a.value === true) shown.set(root, lineOf(c.n));
    }
    for (const a of this.assigns) {
      const base = a.path.split('.').slice(0, -1).join('.');
      if (a.prop === 'alpha') { const v = literalValue(a.value); if (v.ok && v.value === 0) { if (!zeroed.has(base)) zeroed.set(base, a.line); } else alphaWritten.add(base); }
      if (a.prop === 'visible' && a.value.type === 'Literal' && a.value.value === true) shown.set(base, a.line);
    }
    if (this.props.some((p) => p.key === 'alpha' && !(p.value.type === 'Literal' && p.value.value === 0))) return; // tweens and configs of alpha
    for (const [path, line] of zeroed) {
      if (alphaWritten.has(path) || !shown.has(path)) continue;
      this.add('never_fires', true, `${path} is made transparent with setAlpha(0) (line ${line}) and shown with setVisible(true) (line ${shown.get(path)}): visible again, its alpha is still 0, so it never appears (show it with setAlpha(1), or hide it with setVisible(false))`, shown.get(path), 'setAlpha(1)');
      return;
    }
  }

  // hidden with setVisible(false), "shown" with an alpha tween or setAlpha(1) only: alpha does not undo visible = false,
  // so the object never appears (a win panel faded in while it stays invisible)
  visibleFalseShownByAlpha() {
    const hidden = new Map(); // path -> line
    const shown = new Set();
    let unsure = /SetVisible\s*\(|\.toggleVisible\b/.test(this.bare());
    const isFalse = (n) => n && n.type === 'Literal' && n.value === false;
    for (const c of this.calls) {
      if (c.name !== 'setVisible') continue;
      const root = this.chainRoot(c.n);
      if (FACTORY.test(root || '')) continue; // made and hidden in one chain: the binding's chain is read below
      if (isFalse(c.n.arguments[0])) { if (root && !hidden.has(root)) hidden.set(root, lineOf(c.n)); continue; }
      if (root) shown.add(root); else unsure = true;
    }
    for (const a of this.assigns) {
      if (a.prop !== 'visible') continue;
      const base = a.path.split('.').slice(0, -1).join('.');
      if (isFalse(a.value)) { if (!hidden.has(base)) hidden.set(base, a.line); } else shown.add(base);
    }
    // this.panel = this.add.container(...).setAlpha(0).setVisible(false): the chain's root is the factory
    for (const [path, value] of this.bindings()) {
      const { chain } = this.creation(value);
      const off = chain.find((k) => k.callee.property && k.callee.property.name === 'setVisible' && isFalse(k.arguments[0]));
      if (off && !hidden.has(path)) hidden.set(path, lineOf(off));
    }
    if (unsure || !hidden.size) return;
    // a value shown through a name of another kind (a parameter, a loop's item) could be this one: not sure then
    const known = new Set(this.bindings().map(([path]) => path));
    if ([...shown].some((path) => !path.includes('.') && !known.has(path))) return;
    for (const c of this.calls) {
      let path = null;
      let how = null;
      if (c.name === 'add' && /(^|\.)tweens$/.test(c.on || '') && c.n.arguments[0] && c.n.arguments[0].type === 'ObjectExpression') {
        const props = new Map(c.n.arguments[0].properties.filter((p) => p.type === 'Property' && p.key).map((p) => [p.key.name || p.key.value, p.value]));
        const alpha = props.get('alpha');
        const v = alpha ? this.numberOf(alpha) : null;
        if (v !== null && v > 0) { path = props.has('targets') ? memberPath(props.get('targets')) : null; how = `a tween of its alpha to ${v}`; }
      } else if (c.name === 'setAlpha' && !FACTORY.test(this.chainRoot(c.n) || '')) {
        const v = this.numberOf(c.n.arguments[0]);
        if (v !== null && v > 0) { path = this.chainRoot(c.n); how = `setAlpha(${v})`; }
      }
      if (!path || !hidden.has(path) || shown.has(path) || hidden.get(path) > lineOf(c.n)) continue;
      // note.sprite with note a loop's item or one found in a list: the one hidden and the one faded may be different
      // items (a note hit is hidden, a note missed is dimmed)
      const root = path.split('.')[0];
      if (root !== 'this' && path.includes('.')) {
        const d = this.decls.get(root) || [];
        const made = d.length === 1 && d[0].init && /\badd\s*\.|^new\s/.test(this.code.slice(d[0].init.start, d[0].init.end));
        if (!made) continue;
      }
      // handed to a function or kept in a list: something else may show it
      const esc = path.replace(/[.$]/g, '\\$&');
      const handed = new RegExp(`[(,\\[]\\s*${esc}\\s*[,)\\]]`, 'g');
      const mentions = (this.bare().match(handed) || []).length;
      if (mentions > 0) continue;
      this.add('never_fires', true, `${path} is hidden with setVisible(false) (line ${hidden.get(path)}) and then shown only with ${how} (line ${lineOf(c.n)}): alpha does not undo visible = false, so it never appears (call setVisible(true) as the fade starts)`, lineOf(c.n), 'setVisible(true)');
      return;
    }
  }

  // a Matter label set on the game object (bumper.label = 'bumper') while the collision handler compares the bodies'
  // labels (bodyA.label === 'bumper'): a body's label is body.label, so the comparison never holds
  matterLabelOnGameObject() {
    const onObject = new Map(); // label -> line
    const onBody = new Set();
    for (const a of this.assigns) {
      if (a.prop !== 'label' || a.value.type !== 'Literal' || typeof a.value.value !== 'string') continue;
      if (/(^|\.)body$|[bB]ody[AB]?$/.test(a.path.split('.').slice(0, -1).join('.'))) onBody.add(a.value.value); else onObject.set(a.value.value, a.line);
    }
    for (const p of this.props) if (p.key === 'label' && p.value.type === 'Literal') onBody.add(p.value.value);
    for (const c of this.calls) if (['setLabel', 'set'].includes(c.name) && c.n.arguments[0] && c.n.arguments[0].type === 'Literal') onBody.add(c.n.arguments[0].value);
    if (!onObject.size) return;
    walk(this.ast, (n) => {
      if (this.labelFound || n.type !== 'BinaryExpression' || !['===', '=='].includes(n.operator)) return;
      const [m, lit] = n.left.type === 'MemberExpression' ? [n.left, n.right] : [n.right, n.left];
      if (!m || m.type !== 'MemberExpression' || m.computed || m.property.name !== 'label' || lit.type !== 'Literal') return;
      const owner = memberPath(m.object) || '';
      if (!/[bB]ody[AB]?$|(^|\.)parent$/.test(owner) || !onObject.has(lit.value) || onBody.has(lit.value)) return;
      this.labelFound = true;
      this.add('never_fires', true, `${owner}.label === '${lit.value}' (line ${lineOf(n)}) compares a Matter body's label, but '${lit.value}' is set on the game object (line ${onObject.get(lit.value)}), not on its body: the body keeps its own label, so this never holds (set obj.body.label, or pass { label: '${lit.value}' } in the options)`, lineOf(n), `body.label = '${lit.value}'`);
    });
  }

  // this.events.on('item-collected', ...) in create() of a scene that restarts: a shutdown leaves the scene's own
  // emitter as it is, so each run adds one more listener and, after the first restart, every emit counts twice, then
  // three times (this.events.once('shutdown', () => this.events.off('item-collected')), or register it once)
  sceneListenersPileUp() {
    const KEPT = /^(shutdown|destroy|boot)$/;
    for (const c of this.calls) {
      if (c.name !== 'on' || c.on !== 'this.events' || !c.ctx.roles.includes('create') || c.ctx.handedTo.some(Boolean)) continue;
      const a = c.n.arguments[0];
      if (!a || a.type !== 'Literal' || typeof a.value !== 'string' || KEPT.test(a.value)) continue;
      const again = c.ctx.cls ? this.runsAgain(c.ctx.cls) : this.restarts[0];
      if (!again) continue;
      const name = a.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`\\.(off|removeListener|removeAllListeners)\\s*\\(\\s*(['"\`]${name}['"\`]|\\))`).test(this.code) || /removeAllListeners\s*\(\s*\)/.test(this.code)) continue;
      this.add('never_fires', true, `this.events.on('${a.value}') (line ${lineOf(c.n)}) in create(), and the scene runs again (line ${again.line}): a shutdown leaves the scene's own emitter as it is, so each run adds one more listener, and after the first restart every '${a.value}' is handled twice, then three times (take it off on shutdown: this.events.once('shutdown', () => this.events.off('${a.value}')))`, lineOf(c.n), `this.events.off('${a.value}') on shutdown`);
      return;
    }
  }

  // const quiz = this.scene.get('Quiz'); quiz.events.on('answered', this.onAnswered, this) in the HUD's create(), and
  // the HUD starts again (the quiz restarts and launches it): another scene's emitter, the game's and the registry's
  // outlive this scene's shutdown, so each start adds one more listener and every 'answered' counts twice, then three
  // times (take it off on shutdown: this.events.once('shutdown', () => quiz.events.off('answered', ...)))
  outsideListenersPileUp() {
    const KEPT = /^(shutdown|destroy|boot)$/;
    const otherScene = (path) => {
      if (!path) return null;
      if (/^this\.(game\.events|registry\.events|sys\.game\.events)$/.test(path)) return path.replace(/\.events$/, '').replace(/^this\.(sys\.)?/, 'the ');
      const head = path.replace(/\.events$/, '');
      if (head === path) return null;
      const ds = this.decls.get(head);
      const init = ds && ds.length === 1 && ds[0].init;
      const got = init && init.type === 'CallExpression' && /(^|\.)scene\.get$/.test(memberPath(init.callee) || '') && init.arguments[0] && init.arguments[0].type === 'Literal' ? init.arguments[0].value : null;
      return got ? `the '${got}' scene` : null;
    };
    for (const c of this.calls) {
      if (c.name !== 'on' || !c.ctx.roles.includes('create') || c.ctx.handedTo.some(Boolean)) continue;
      const a = c.n.arguments[0];
      const owner = otherScene(c.on);
      if (!owner || !a || a.type !== 'Literal' || typeof a.value !== 'string' || KEPT.test(a.value)) continue;
      const again = this.startedAgain(this.unitAt(c.n.start));
      if (!again) continue;
      const name = a.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`\\.(off|removeListener|removeAllListeners)\\s*\\(\\s*(['"\`]${name}['"\`]|\\))`).test(this.code) || /removeAllListeners\s*\(\s*\)/.test(this.code)) continue;
      this.add('never_fires', true, `${c.on}.on('${a.value}') (line ${lineOf(c.n)}) in create() listens on ${owner}'s emitter, which outlives this scene, and ${again.text}: each start adds one more listener and none is taken off, so after the first restart every '${a.value}' is handled twice, then three times (take it off on shutdown: this.events.once('shutdown', () => ${c.on}.off('${a.value}', ...)))`, lineOf(c.n), `${c.on}.off('${a.value}') on shutdown`);
      return;
    }
  }

  // this.registry.set('soundOn', true) in the title's create(), and the settings scene toggles 'soundOn': the registry
  // outlives scenes, so each visit to the title puts the setting back and the player's choice is lost (set it only
  // when missing: if (!this.registry.has('soundOn')))
  settingResetEachVisit() {
    const SETTING = /sound|music|audio|mute|volume|difficulty|lang|theme|skin|option|setting|control|best|high|record|unlock/i;
    for (const c of this.calls) {
      if (c.name !== 'set' || !/(^|\.)registry$/.test(c.on || '') || !c.ctx.roles.some((r) => r === 'create' || r === 'init') || c.ctx.handedTo.some(Boolean)) continue;
      const [k, v] = c.n.arguments;
      if (!k || k.type !== 'Literal' || typeof k.value !== 'string' || !SETTING.test(k.value) || !v || !literalValue(v).ok) continue;
      // under a test (if (!registry.has(k))) it is a default, not a reset
      let guarded = false;
      walk(c.ctx.fn.body, (n) => { if (!guarded && (n.type === 'IfStatement' || n.type === 'ConditionalExpression' || n.type === 'LogicalExpression') && n.start < c.n.start && c.n.end <= n.end) guarded = true; });
      if (guarded) continue;
      const unit = this.unitAt(c.n.start);
      const again = this.startedAgain(unit);
      if (!again) continue;
      const key = k.value;
      const elsewhere = this.calls.find((o) => o !== c && this.unitAt(o.n.start) !== unit && /(^|\.)registry$/.test(o.on || '') && ['set', 'toggle', 'inc'].includes(o.name)
        && o.n.arguments[0] && o.n.arguments[0].type === 'Literal' && o.n.arguments[0].value === key
        && !(o.name === 'set' && o.n.arguments[1] && literalValue(o.n.arguments[1]).ok && literalValue(o.n.arguments[1]).value === literalValue(v).value));
      if (!elsewhere) continue;
      this.add('wrong_argument', true, `this.registry.set('${key}', ${this.code.slice(v.start, v.end)}) (line ${lineOf(c.n)}) in the '${unit.key}' scene's ${c.ctx.roles.includes('create') ? 'create' : 'init'}(), and ${again.text}: the registry outlives scenes, so each visit puts '${key}' back to ${this.code.slice(v.start, v.end)} and the change made at line ${lineOf(elsewhere.n)} is lost (set it only when missing: if (!this.registry.has('${key}')))`, lineOf(c.n), `if (!this.registry.has('${key}'))`);
      return;
    }
  }

  // togglePause() { this.isPaused = !this.isPaused; this.physics.pause(); } with a countdown on this.time.addEvent:
  // pausing the physics stops bodies, not the scene clock, so the timers fire on behind the pause screen
  // (this.time.paused = true, or pause the whole scene)
  pausedPhysicsClockRuns() {
    const bare = this.bare().replace(/physics\s*\.\s*pause\s*\(\s*\)/g, '');
    if (/\btime\s*\.\s*(paused|timeScale)\b|scene\s*\.\s*pause\s*\(|timeScale\s*=/.test(bare)) return;
    // a timer's own paused flag (this.spawner.paused = true); this.paused is only the program's flag
    if ([...bare.matchAll(/([\w$.]+)\s*\.\s*paused\s*=/g)].some((m) => m[1] !== 'this')) return;
    const pauser = this.calls.find((c) => c.name === 'pause' && /(^|\.)physics$/.test(c.on || '') && c.ctx.fn);
    if (!pauser) return;
    const fnText = this.code.slice(pauser.ctx.fn.start, pauser.ctx.fn.end);
    const flag = /this\.(\w*[Pp]aused?\w*)\s*=/.exec(fnText);
    const role = pauser.ctx.roles[pauser.ctx.roles.length - 1];
    if (!flag && !/pause/i.test(role || '')) return;
    if (/\.remove\s*\(|removeEvent|removeAllEvents|\.destroy\s*\(/.test(fnText)) return;
    for (const c of this.calls) {
      if (c.name !== 'addEvent' || !/(^|\.)time$/.test(c.on || '') || !c.n.arguments[0] || c.n.arguments[0].type !== 'ObjectExpression') continue;
      const keys = new Map(c.n.arguments[0].properties.filter((p) => p.type === 'Property' && !p.computed && p.key).map((p) => [p.key.name || p.key.value, p.value]));
      const repeats = (keys.has('loop') && literalValue(keys.get('loop')).value === true) || (keys.has('repeat') && (this.numberOf(keys.get('repeat')) || 0) > 0);
      const cb = keys.get('callback');
      if (!repeats || !cb) continue;
      const fn = /Function/.test(cb.type) ? cb : memberPath(cb) ? this.namedFunction(memberPath(cb).split('.').pop()) : null;
      if (!fn) continue;
      const body = this.code.slice(fn.body.start, fn.body.end);
      if (flag && new RegExp(`\\b${flag[1]}\\b`).test(body)) continue;
      if (/paused|isPaused/i.test(body)) continue;
      const name = role ? `${role}()` : 'the pause handler';
      this.add('never_fires', true, `${name} (line ${lineOf(pauser.n)}) pauses with this.physics.pause(), which stops bodies, not the scene clock: the timer at line ${lineOf(c.n)} keeps firing behind the pause${flag ? `, and its callback does not ask this.${flag[1]}` : ''} (this.time.paused = true as well, or pause the scene)`, lineOf(pauser.n), 'this.time.paused = true');
      return;
    }
  }

  // init(data) { this.level = data.level || 1 } with scene.start('Game', { level }) from the level select and
  // scene.start('Game') from the Play button: a start with no data keeps the data of the scene's last start, so after
  // a level was chosen Play starts that level again, not level 1 (pass the data: scene.start('Game', { level: 1 }))
  startWithoutDataKeepsOld() {
    const keyArg = (c) => (c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && typeof c.n.arguments[0].value === 'string' ? c.n.arguments[0].value : null);
    const starts = this.calls.filter((c) => c.name === 'start' && /(^|\.)scene$/.test(c.on || '') && keyArg(c));
    for (const bare of starts) {
      if (bare.n.arguments.length !== 1) continue;
      const key = keyArg(bare);
      const given = starts.find((c) => keyArg(c) === key && c.n.arguments[1] && c.n.arguments[1].type === 'ObjectExpression' && c.n.arguments[1].properties.length);
      const unit = this.sceneUnits().find((u) => u.key === key);
      if (!given || !unit) continue;
      // what the started scene reads from its data: init(data) / create(data) { ... data.level ... }
      let read = null;
      walk(unit.node, (n, parent, k2) => {
        if (read || !/Function/.test(n.type) || !['init', 'create'].includes(roleOf(n, parent, k2))) return;
        const p = n.params[0] && n.params[0].type === 'Identifier' ? n.params[0].name : null;
        if (!p) return;
        walk(n.body, (m) => { if (!read && m.type === 'MemberExpression' && !m.computed && m.object.type === 'Identifier' && m.object.name === p) read = m; });
      });
      if (!read) continue;
      const field = read.property.name;
      const keys = given.n.arguments[1].properties.filter((q) => q.type === 'Property' && q.key).map((q) => q.key.name || String(q.key.value));
      if (!keys.includes(field)) continue;
      this.add('wrong_argument', true, `this.scene.start('${key}') (line ${lineOf(bare.n)}) hands no data, and a start with no data keeps the data of the scene's last start: after ${this.code.slice(given.n.start, given.n.end).slice(0, 60)} (line ${lineOf(given.n)}) the '${key}' scene reads ${this.code.slice(read.start, read.end)} (line ${lineOf(read)}) from that start again, not its default (pass the data: this.scene.start('${key}', { ${field}: ... }))`, lineOf(bare.n), `this.scene.start('${key}', { ${field}: ... })`);
      return;
    }
  }

  // this.best = Math.max(this.registry.get('highScore'), this.score) where 'highScore' is stored only from that
  // result: the first time the key is unset (undefined), Math.max gives NaN, and NaN is stored and shown for good
  // (a default: this.registry.get('highScore') || 0)
  maxWithUnsetValue() {
    const STORE = /(^|\.)(registry|data)$/;
    for (const c of this.calls) {
      if (!['max', 'min'].includes(c.name) || c.on !== 'Math' || !c.ctx.fn) continue;
      for (const a of c.n.arguments) {
        const read = a.type === 'CallExpression' && a.callee.type === 'MemberExpression' && !a.callee.computed ? a : null;
        const getter = read && ((read.callee.property.name === 'get' && STORE.test(memberPath(read.callee.object) || '')) || read.callee.property.name === 'getData');
        const parsed = a.type === 'CallExpression' && /^(parseInt|parseFloat|Number\.parseInt|Number\.parseFloat)$/.test(memberPath(a.callee) || '') && a.arguments[0]
          && a.arguments[0].type === 'CallExpression' && /(^|\.)localStorage\.getItem$/.test(memberPath(a.arguments[0].callee) || '') ? a.arguments[0] : null;
        const call = getter ? read : parsed;
        const k = call && call.arguments[0];
        if (!k || k.type !== 'Literal' || typeof k.value !== 'string') continue;
        // every store of the key comes after this read, in the same function
        const writes = this.calls.filter((w) => ['set', 'setData', 'setItem', 'inc', 'incData'].includes(w.name) && w.n.arguments[0] && w.n.arguments[0].type === 'Literal' && w.n.arguments[0].value === k.value);
        const objectSets = this.calls.some((w) => ['set', 'setData'].includes(w.name) && w.n.arguments[0] && w.n.arguments[0].type === 'ObjectExpression' && this.code.slice(w.n.arguments[0].start, w.n.arguments[0].end).includes(k.value));
        if (objectSets || !writes.length || !writes.every((w) => w.ctx.fn === c.ctx.fn && w.n.start > c.n.end)) continue;
        if (new RegExp(`\\.(has|hasOwnProperty)\\s*\\(\\s*['"]${k.value}['"]`).test(this.code)) continue;
        const shown = this.code.slice(a.start, a.end);
        const unset = parsed ? `null, and ${shown} is NaN` : 'undefined';
        this.add('wrong_argument', true, `Math.${c.name}(${shown}, ...) (line ${lineOf(c.n)}): '${k.value}' is stored only after this line (line ${lineOf(writes[0].n)}), so the first time it is ${unset}, Math.${c.name} gives NaN, and NaN is what is stored and shown from then on (a default: ${shown} || 0)`, lineOf(c.n), `${shown} || 0`);
        return;
      }
    }
  }

  // this.order = PUZZLE.start in create(), then this.order.splice(...) as tiles are moved, and Play Again restarts the
  // scene: the field holds the table's own array, not a copy, so the moves change the table itself and the next game
  // starts from the last game's order (PUZZLE.start.slice(), or [...PUZZLE.start])
  sharedTableChangedInPlay() {
    const MUTATE = /^(splice|push|pop|shift|unshift|sort|reverse|fill|copyWithin)$/;
    const tables = new Set(); // module-level consts made as array or object literals
    for (const st of this.ast.body) {
      if (st.type !== 'VariableDeclaration') continue;
      for (const d of st.declarations) if (d.id.type === 'Identifier' && d.init && ['ArrayExpression', 'ObjectExpression'].includes(d.init.type)) tables.add(d.id.name);
    }
    if (!tables.size) return;
    for (const a of this.assigns) {
      if (a.op !== '=' || !/^this\.\w+$/.test(a.path)) continue;
      const src = memberPath(a.value);
      if (!src || !tables.has(src.split('.')[0])) continue;
      // an array: the table itself, or an array inside it
      const head = this.decls.get(src.split('.')[0]);
      const init = head && head.length === 1 ? head[0].init : null;
      if (!init) continue;
      let node = init;
      for (const part of src.split('.').slice(1)) {
        const p = node && node.type === 'ObjectExpression' ? node.properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === part) : null;
        node = p ? p.value : null;
      }
      if (!node || node.type !== 'ArrayExpression') continue;
      const changed = this.calls.find((c) => MUTATE.test(c.name) && c.on === a.path);
      if (!changed) continue;
      const unit = this.unitAt(a.value.start);
      const again = this.startedAgain(unit);
      if (!again) continue;
      this.add('stale_state', true, `${a.path} = ${src} (line ${a.line}) holds the table's own array, not a copy, and ${a.path}.${changed.name}() (line ${lineOf(changed.n)}) changes it in play: ${again.text}, and the next game starts from the last game's ${src.split('.').pop()} (copy it: ${src}.slice())`, a.line, `${src}.slice()`);
      return;
    }
  }

  // every scene of the program with its key: a class (super('Key')) or an object literal with a key and create/update
  sceneUnits() {
    if (this.units) return this.units;
    const units = [];
    for (const cls of this.classes) {
      const key = sceneKeyOf(cls);
      if (key || /(^|\.)Scene$/.test(memberPath(cls.superClass) || '')) units.push({ node: cls, key });
    }
    const nameOf = (p) => p.key.name || String(p.key.value);
    walk(this.ast, (n) => {
      if (n.type !== 'ObjectExpression') return;
      const props = n.properties.filter((p) => p.type === 'Property' && !p.computed && p.key);
      const k = props.find((p) => nameOf(p) === 'key' && p.value.type === 'Literal' && typeof p.value.value === 'string');
      if (k && props.some((p) => ['create', 'preload', 'update', 'init'].includes(nameOf(p)))) units.push({ node: n, key: k.value.value });
    });
    this.units = units;
    return units;
  }

  unitAt(pos) {
    let best = null;
    for (const u of this.sceneUnits()) if (u.node.start <= pos && pos < u.node.end && (!best || u.node.start > best.node.start)) best = u;
    return best;
  }

  // how a scene (a unit of sceneUnits) runs again, as {line, text}: its own restart(), a start of its key from a scene
  // it leads to, or a launch / run from the create() of a scene that itself runs again
  startedAgain(unit, depth = 0) {
    if (!unit || depth > 3) return null;
    const moves = this.calls.filter((c) => /(^|\.)scene$/.test(c.on || '') && ['start', 'restart', 'launch', 'run'].includes(c.name));
    const keyArg = (c) => (c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && typeof c.n.arguments[0].value === 'string' ? c.n.arguments[0].value : null);
    const own = moves.find((c) => c.name === 'restart' && !keyArg(c) && this.unitAt(c.n.start) === unit);
    if (own) return { line: lineOf(own.n), text: `this.scene.restart() (line ${lineOf(own.n)}) runs init() and create() again` };
    const seen = new Set();
    const stack = unit.key ? [unit.key] : [];
    while (stack.length) {
      const from = stack.pop();
      for (const c of moves) {
        const to = keyArg(c);
        const at = this.unitAt(c.n.start);
        if (!to || c.name !== 'start' || !at || at.key !== from) continue;
        if (to === unit.key) return { line: lineOf(c.n), text: `this.scene.start('${to}') (line ${lineOf(c.n)}) runs this scene again` };
        if (!seen.has(to)) { seen.add(to); stack.push(to); }
      }
    }
    for (const c of moves) {
      const at = this.unitAt(c.n.start);
      if (!['launch', 'run'].includes(c.name) || keyArg(c) !== unit.key || !at || at === unit || !c.ctx.roles.includes('create')) continue;
      if (this.startedAgain(at, depth + 1)) return { line: lineOf(c.n), text: `this.scene.${c.name}('${unit.key}') (line ${lineOf(c.n)}) is in the create() of a scene that runs again, so this scene starts again with it` };
    }
    return null;
  }


  // endGame(true) when the last coin is taken, while a countdown timer that calls endGame(false) when it runs out
  // keeps running: neither endGame() nor the win path stops it, and the tick asks no flag the ending sets, so the
  // timer's end comes later and overwrites the win ("time up" over "you win": remove the timer in endGame())
  endingOverwrittenByTimer() {
    const STOPS = /\.remove\s*\(|\.destroy\s*\(|paused|removeAllEvents|removeEvent|scene\.(pause|stop|restart|start|sleep|switch)\s*\(|\.reset\s*\(|\.timeScale\s*=|\bgame\.(pause|destroy)/;
    const text = (f) => this.code.slice(f.start, f.end);
    for (const c of this.calls) {
      const cfg = c.n.arguments[0];
      if (c.name !== 'addEvent' || !/(^|\.)time$/.test(c.on || '') || !cfg || cfg.type !== 'ObjectExpression') continue;
      const prop = (k) => cfg.properties.find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === k);
      // a timer that runs more than once: a repeat other than 0 (TIME_LIMIT - 1), or loop
      const repeat = prop('repeat') && this.numberOf(prop('repeat').value);
      const repeats = prop('repeat') && repeat !== 0 && !(literalValue(prop('repeat').value).ok && !literalValue(prop('repeat').value).value);
      if (!(repeats || (prop('loop') && literalValue(prop('loop').value).value === true)) || !prop('callback')) continue;
      const tick = this.handlerFunction(prop('callback').value);
      if (!tick || tick.body.type !== 'BlockStatement') continue;
      // the ending the tick calls, with one literal argument, and the same ending called elsewhere with another
      let fromTick = null;
      walk(tick.body, (n) => {
        if (fromTick || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.object.type !== 'ThisExpression' || n.arguments.length !== 1 || !literalValue(n.arguments[0]).ok) return;
        const fn = this.namedFunction(n.callee.property.name);
        if (fn && fn !== tick) fromTick = { n, fn, name: n.callee.property.name, arg: literalValue(n.arguments[0]).value };
      });
      if (!fromTick) continue;
      const other = this.calls.find((k) => k.name === fromTick.name && k.n !== fromTick.n && k.n.arguments.length === 1 && literalValue(k.n.arguments[0]).ok
        && literalValue(k.n.arguments[0]).value !== fromTick.arg && k.ctx.fn && k.ctx.fn !== tick && !(tick.start <= k.n.start && k.n.end <= tick.end));
      if (!other || [fromTick.fn, tick, other.ctx.fn].some((f) => STOPS.test(text(f)))) continue;
      // a flag the ending sets that the tick reads stops it doing anything more
      const written = new Set();
      walk(fromTick.fn.body, (n) => { if (n.type === 'AssignmentExpression' && memberPath(n.left)) written.add(memberPath(n.left)); });
      if ([...written].some((w) => text(tick).includes(w))) continue;
      const call = (k) => this.code.slice(k.start, k.end);
      this.add('never_fires', true, `${call(other.n)} (line ${lineOf(other.n)}) ends the game, but the timer made at line ${lineOf(c.n)} keeps running: neither ${fromTick.name}() nor the path to it stops it, and its callback (line ${lineOf(tick)}) asks no flag the ending sets, so it still calls ${call(fromTick.n)} (line ${lineOf(fromTick.n)}) when it runs out and overwrites the first ending (remove the timer in ${fromTick.name}(), or return from the tick once the game is over)`, lineOf(other.n), 'the timer removed when the game ends');
      return;
    }
  }

  // this.order = Phaser.Utils.Array.Shuffle(this.deck.slice()) and the cards dealt from this.deck: the shuffle
  // works on a copy that nothing reads again, so every deal comes out in the order the deck was built
  shuffledCopyUnread() {
    const copyOf = (e) => {
      if (!e) return null;
      if (e.type === 'ArrayExpression' && e.elements.length === 1 && e.elements[0] && e.elements[0].type === 'SpreadElement') return memberPath(e.elements[0].argument);
      if (e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && ['slice', 'concat'].includes(e.callee.property.name) && !e.arguments.length) return memberPath(e.callee.object);
      if (e.type === 'CallExpression' && memberPath(e.callee) === 'Array.from' && e.arguments.length === 1) return memberPath(e.arguments[0]);
      return null;
    };
    walk(this.ast, (n) => {
      if (this.shuffleFound) return;
      const made = n.type === 'VariableDeclarator' ? n.init : n.type === 'AssignmentExpression' && n.operator === '=' ? n.right : null;
      const name = n.type === 'VariableDeclarator' ? (n.id.type === 'Identifier' ? n.id.name : null) : n.type === 'AssignmentExpression' ? memberPath(n.left) : null;
      if (!name || !made || made.type !== 'CallExpression' || !/(^|\.)Shuffle$/.test(memberPath(made.callee) || '')) return;
      const source = copyOf(made.arguments[0]);
      if (!source) return;
      const esc = name.replace(/[.$]/g, (ch) => '\\' + ch);
      const uses = (this.bare().match(new RegExp(`(^|[^\\w$.])${esc}([^\\w$]|$)`, 'g')) || []).length;
      if (uses > 1) return;
      this.shuffleFound = true;
      this.add('never_fires', true, `${name} = ${this.code.slice(made.start, made.end).slice(0, 60)} (line ${lineOf(n)}) shuffles a copy of ${source}, and nothing reads ${name} again: ${source} keeps the order it was built in, so what is dealt from it is never shuffled (use ${name}, or shuffle ${source} itself: Phaser.Utils.Array.Shuffle(${source}))`, lineOf(n), `${name} read`);
    });
  }

  // if (obj) obj.enableBody(true, x, y, true, true); else { obj = pool.create(x, y); obj.setVelocityX(200); }: a
  // reset (enableBody(true, ...), body.reset()) stops the body, and the speed is given only to the ones made new, so
  // every object taken back from the pool stands still (set the velocity after the if, for both)
  reusedWithoutVelocity() {
    // (under gravity a body taken back still falls)
    if (this.gravityYs().some((y) => (this.numberOf(y) || 0) !== 0) || /setGravity|allowGravity/.test(this.bare())) return;
    const text = (n) => this.code.slice(n.start, n.end);
    walk(this.ast, (n, parent) => {
      if (this.reuseFound || n.type !== 'IfStatement' || !n.alternate || (parent && parent.type === 'IfStatement' && parent.alternate === n)) return;
      const branches = [];
      for (let b = n; b; b = b.alternate && b.alternate.type === 'IfStatement' ? b.alternate : null) {
        branches.push(b.consequent);
        if (b.alternate && b.alternate.type !== 'IfStatement') branches.push(b.alternate);
      }
      for (const reuse of branches) {
        const m = /(\b[\w$.]+)\.(enableBody\s*\(\s*true\b|body\.reset\s*\()/.exec(text(reuse));
        if (!m) continue;
        const obj = m[1].replace(/[.$]/g, (ch) => '\\' + ch);
        const moves = new RegExp(`${obj}(\\.body)?\\.(setVelocity[XY]?|setAcceleration[XY]?)\\s*\\(|${obj}\\.body\\.velocity\\.(x|y|set)\\b|velocityFromRotation\\([^;]*${obj}\\.body|moveTo\\(\\s*${obj}\\b`);
        if (moves.test(text(reuse))) continue;
        // the other branch makes the object new (obj = pool.create(...)) and gives it its speed: a pool, not a snap to
        // a place (body.reset(x, y) on arrival) beside a move elsewhere
        const makes = new RegExp(`${obj}\\s*=\\s*[^;]*\\.(create|get|sprite|image|rectangle|circle)\\s*\\(`);
        const made = branches.find((b) => b !== reuse && moves.test(text(b)) && makes.test(text(b)));
        if (!made) continue;
        // nothing after the if gives it a speed
        const block = parent && (parent.type === 'BlockStatement' || parent.type === 'Program') ? parent : null;
        const after = block ? this.code.slice(n.end, block.end) : '';
        if (moves.test(after)) continue;
        this.reuseFound = true;
        const line = lineOf(reuse) + text(reuse).slice(0, m.index).split('\n').length - 1;
        const call = `${m[1]}.${m[2].startsWith('enable') ? 'enableBody(true, ...)' : 'body.reset(...)'}`;
        this.add('never_fires', true, `${call} (line ${line}) takes ${m[1]} back from the pool and stops its body, and only the other branch (line ${lineOf(made)}) gives it a speed: every object taken back stands still (set the velocity after the if, for both)`, line, 'the velocity set for reused objects too');
        return;
      }
    });
  }

  // this.level = 1 ... nextLevel() { this.level++; if (this.level >= MAX_LEVEL) win(); }: counted from 1 and raised
  // before the test, the level reaches MAX_LEVEL when level MAX_LEVEL - 1 is cleared, so the game is won one level
  // early and the last level is never played (test this.level > MAX_LEVEL, or test before raising it)
  lastLevelSkipped() {
    const COUNTER = /^this\.\w*(level|stage|wave|round)\w*$/i;
    const raises = (st, path) => {
      const e = st.type === 'ExpressionStatement' ? st.expression : null;
      if (!e) return false;
      if (e.type === 'UpdateExpression' && e.operator === '++') return memberPath(e.argument) === path;
      return e.type === 'AssignmentExpression' && memberPath(e.left) === path && ((e.operator === '+=' && this.numberOf(e.right) === 1)
        || (e.operator === '=' && e.right.type === 'BinaryExpression' && e.right.operator === '+' && memberPath(e.right.left) === path && this.numberOf(e.right.right) === 1));
    };
    walk(this.ast, (n) => {
      if (this.levelSkipFound || n.type !== 'BlockStatement') return;
      n.body.forEach((st, i) => {
        if (this.levelSkipFound || st.type !== 'ExpressionStatement') return;
        const target = st.expression.type === 'UpdateExpression' ? st.expression.argument : st.expression.left;
        const path = target && memberPath(target);
        if (!path || !COUNTER.test(path) || !raises(st, path)) return;
        // counted from 1: every other write of it sets 1
        const sets = this.assigns.filter((a) => a.path === path && a.op === '=' && !(a.value.type === 'BinaryExpression'));
        if (!sets.length || sets.some((a) => this.numberOf(a.value) !== 1)) return;
        const test = n.body.slice(i + 1).find((t) => t.type === 'IfStatement');
        const t = test && test.test;
        if (!t || t.type !== 'BinaryExpression' || !['>=', '===', '=='].includes(t.operator) || memberPath(t.left) !== path) return;
        const limit = this.numberOf(t.right);
        const lengthOf = /\.length$/.test(memberPath(t.right) || '');
        if (!(limit >= 2) && !lengthOf) return;
        const end = this.code.slice(test.consequent.start, test.consequent.end);
        if (!/win|victory|congrat|complete|clear|finish|通关|胜利|恭喜|完成|scene\.start|gameOver|game_over/i.test(end)) return;
        this.levelSkipFound = true;
        const max = this.code.slice(t.right.start, t.right.end);
        this.add('wrong_argument', true, `${this.code.slice(t.start, t.end)} (line ${lineOf(test)}) right after ${this.code.slice(st.start, st.end).replace(/;$/, '')} (line ${lineOf(st)}): ${path} counts from 1 (line ${sets[0].line}) and is raised before the test, so it reaches ${max} when level ${lengthOf ? max + ' - 1' : limit - 1} is cleared: the game ends one level early and the last level is never played (test ${path} > ${max}, or test before raising it)`, lineOf(test), `${path} > ${max}`);
      });
    });
  }

  // const WORDS = ['APPLE', 'TIGER', ...] and this.typed + event.key in a keydown handler: a key's event.key is the
  // character typed, lower case for a letter pressed without Shift, so the typed text never equals an upper-case word
  // (event.key.toUpperCase())
  typedKeyCase() {
    const words = this.bindings().find(([, v]) => v.type === 'ArrayExpression' && v.elements.length >= 3
      && v.elements.every((e) => e && e.type === 'Literal' && typeof e.value === 'string' && /^[A-Z]{2,}$/.test(e.value)));
    if (!words) return;
    for (const c of this.calls) {
      const [ev, h] = c.n.arguments;
      if (c.name !== 'on' || !/(^|\.)keyboard$/.test(c.on || '') || !ev || ev.type !== 'Literal' || ev.value !== 'keydown') continue;
      const fn = this.handlerFunction(h);
      if (!fn || fn.body.type !== 'BlockStatement') continue;
      const e = fn.params[0];
      if (!e || e.type !== 'Identifier') continue;
      let used = null;
      walk(fn.body, (n) => {
        if (used || n.type !== 'BinaryExpression' || !['+', '===', '=='].includes(n.operator)) return;
        const side = [n.left, n.right].find((x) => memberPath(x) === `${e.name}.key`);
        const other = side && (side === n.left ? n.right : n.left);
        if (side && other && !(other.type === 'Literal')) used = n;
      });
      if (!used) continue;
      this.add('never_fires', true, `${this.code.slice(used.start, used.end).slice(0, 50)} (line ${lineOf(used)}) takes ${e.name}.key, the character typed, which is lower case for a letter pressed without Shift, and the words in ${words[0]} (line ${lineOf(words[1])}) are all upper case: what is typed never matches a word (${e.name}.key.toUpperCase())`, lineOf(used), `${e.name}.key.toUpperCase()`);
      return;
    }
  }

  // Math.abs(this.needle.angle - this.target) < 15 with this.target = Phaser.Math.Between(0, 359): a game object's
  // angle reads back wrapped to -180..180, so for a target above 180 the difference is never small and the hit never
  // counts (Phaser.Math.Angle.ShortestBetween(needle.angle, target))
  wrappedAngleAgainstFullTurn() {
    const fullTurn = (v) => {
      if (!v) return false;
      const t = this.code.slice(v.start, v.end).replace(/\s+/g, '');
      return /^(Phaser\.Math\.(Between|FloatBetween|RND\.between|RND\.realInRange)|Between|FloatBetween)\(0,(359|360)\)$/.test(t) || /^Math\.(floor|round)?\(?Math\.random\(\)\*(360|359)\)?$/.test(t);
    };
    walk(this.ast, (n, parent) => {
      if (this.wrapFound || n.type !== 'BinaryExpression' || n.operator !== '-') return;
      const angle = [n.left, n.right].find((x) => /\.angle$/.test(memberPath(x) || ''));
      const other = angle && (angle === n.left ? n.right : n.left);
      const path = other && memberPath(other);
      if (!path || /\.angle$/.test(path)) return;
      // the target: every value it is given is a whole turn from 0
      const valuesOf = (p, depth) => {
        const decl = this.decls.get(p);
        const vs = this.assigns.filter((a) => a.path === p && a.op === '=').map((a) => a.value).concat(decl ? decl.map((d) => d.init).filter(Boolean) : []);
        // a local the value passes through (let a; do { a = Between(0, 359) } while (...); this.target = a)
        return depth ? vs.flatMap((v) => (v.type === 'Identifier' ? valuesOf(v.name, depth - 1) : [v])) : vs;
      };
      const values = valuesOf(path, 1);
      if (!values.length || !values.every(fullTurn)) return;
      // (only a difference tested as a small window: Math.abs(a - b) < k)
      if (!parent || parent.type !== 'CallExpression' || memberPath(parent.callee) !== 'Math.abs') return;
      this.wrapFound = true;
      this.add('wrong_argument', true, `${this.code.slice(parent.start, parent.end)} (line ${lineOf(n)}): ${memberPath(angle)} reads back wrapped to -180..180 (Phaser keeps a game object's angle there), and ${path} is drawn from 0..359 (line ${lineOf(values[0])}), so for a target above 180 the difference is never small and the hit never counts (Phaser.Math.Angle.ShortestBetween(${memberPath(angle)}, ${path}))`, lineOf(n), 'Phaser.Math.Angle.ShortestBetween()');
    });
  }

  // const queue = this.sequence; ... queue.shift() while the colours flash, and this.sequence[this.step] read later
  // to check the player's clicks: queue is the same array, not a copy, so showing the sequence empties it and every
  // answer is judged against what is left (this.sequence.slice())
  aliasEmptied() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.aliasFound || n.type !== 'VariableDeclarator' || n.id.type !== 'Identifier' || !n.init || n.init.type !== 'MemberExpression' || n.init.computed || !ctx.fn) return;
      const field = memberPath(n.init);
      if (!field || !field.startsWith('this.')) return;
      const q = n.id.name;
      const fnText = this.code.slice(ctx.fn.start, ctx.fn.end);
      // (shift(): a sequence played from the front; splice() and pop() on an alias are how a list is pruned on purpose)
      const taken = new RegExp(`(^|[^\\w$.])${q}\\.(shift)\\s*\\(`).exec(fnText);
      if (!taken) return;
      const esc = field.replace(/[.$]/g, (ch) => '\\' + ch);
      // read by index (or length) in another function, and not filled again where it is emptied
      if (new RegExp(`${esc}\\s*=[^=]|${esc}\\.push\\s*\\(`).test(fnText.slice(fnText.indexOf(taken[0])))) return;
      // read at a moving place (this.sequence[this.step]: progress through a sequence that was to stay whole; a queue
      // consumed from the front is read at [0])
      const readAt = [...this.code.matchAll(new RegExp(`${esc}\\s*\\[\\s*(?!0\\s*\\])[\\w$.]+\\s*\\]`, 'g'))].map((m) => m.index).find((i) => i < ctx.fn.start || i > ctx.fn.end);
      if (readAt === undefined) return;
      this.aliasFound = true;
      const line = lineOf(ctx.fn) + fnText.slice(0, taken.index).split('\n').length - 1;
      const readLine = this.code.slice(0, readAt).split('\n').length;
      this.add('never_fires', true, `const ${q} = ${field} (line ${lineOf(n)}) is the same array, not a copy, so ${q}.${taken[2]}() (line ${line}) takes the entries out of ${field} itself, and ${field}[...] read later (line ${readLine}) finds them gone (${field}.slice() for a copy)`, line, `${field}.slice()`);
    });
  }

  // cam.zoomTo(1, 2000, (camera, progress) => ...): the third slot is the ease, the callback comes after ease and
  // force, so the function is taken as the ease (the zoom reads NaN while it runs) and the callback never comes
  cameraCallbackInAnotherSlot() {
    // method -> [the slots before the callback, by name], the callback's own slot
    const SLOTS = { zoomTo: [['zoom', 'duration', 'ease', 'force'], 4], pan: [['x', 'y', 'duration', 'ease', 'force'], 5],
      rotateTo: [['radians', 'shortestPath', 'duration', 'ease', 'force'], 5], shake: [['duration', 'intensity', 'force'], 3],
      flash: [['duration', 'red', 'green', 'blue', 'force'], 5], fade: [['duration', 'red', 'green', 'blue', 'force'], 5],
      fadeIn: [['duration', 'red', 'green', 'blue'], 4], fadeOut: [['duration', 'red', 'green', 'blue'], 4] };
    const cams = this.mainCameraPaths();
    for (const c of this.calls) {
      const slots = SLOTS[c.name];
      if (!slots || !c.on || !(/(^|\.)cameras\.main$|(^|\.)(cam|camera)$/i.test(c.on) || cams.has(c.on))) continue;
      const i = c.n.arguments.findIndex((a) => /Function/.test(a.type));
      if (i < 0 || i >= slots[1]) continue;
      const fn = c.n.arguments[i];
      // (an ease function is a function too: one that takes the progress and returns a number)
      if (slots[0][i] === 'ease' && fn.params.length === 1 && (fn.body.type !== 'BlockStatement' || /\breturn\b/.test(this.code.slice(fn.body.start, fn.body.end)))) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end).replace(/\s+/g, ' ').slice(0, 50)} (line ${lineOf(c.n)}): ${c.name}() takes its callback as argument ${slots[1] + 1}, after ${slots[0].join(', ')}; in slot ${i + 1} the function is taken as '${slots[0][i]}'${slots[0][i] === 'ease' ? ' (the camera reads NaN while it runs)' : ''} and the callback never runs (${c.name}(${slots[0].map((n) => n).join(', ')}, callback))`, lineOf(c.n), `the callback as argument ${slots[1] + 1}`);
      return;
    }
  }

  // Phaser.Math.Between(0.05, 0.95) * W: Between returns Math.floor(random * (max - min + 1) + min), whole numbers,
  // so it is 0 or 1 and the place is an edge every time (FloatBetween for fractions)
  integerBetweenOfFractions() {
    for (const c of this.calls) {
      if (!/^(Between)$/.test(c.name) || !/(^|\.)Math$/.test(c.on || '') || c.n.arguments.length !== 2) continue;
      const [lo, hi] = c.n.arguments.map((a) => this.numberOf(a));
      if (typeof lo !== 'number' || typeof hi !== 'number' || Number.isInteger(lo) && Number.isInteger(hi) || hi - lo > 2) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}): Between() returns whole numbers from min to max, so between ${lo} and ${hi} it gives only ${Array.from({ length: Math.floor(hi + 1 - 1e-9) - Math.floor(lo) + 1 }, (_, k) => Math.floor(lo) + k).join(' or ')} (Phaser.Math.FloatBetween(${lo}, ${hi}) for a fraction)`, lineOf(c.n), 'Phaser.Math.FloatBetween()');
      return;
    }
  }

  // update() { if (!this.waitingNextWave && this.enemies.countActive(true) === 0) { this.waitingNextWave = true;
  // this.time.addEvent({ delay: 2000, callback: () => this.startWave() }) } }: the flag that keeps the wait from being
  // scheduled twice is set false only when the scene starts, and the next wave never sets it back, so after the
  // first wave the test is never true again and no later wave comes (clear it where the next wave starts)
  latchNeverReleased() {
    const text = (n) => this.code.slice(n.start, n.end);
    // what a callback does, with the program's methods it calls (two levels)
    const reach = (fn) => this.reachedFunctions(fn, 2, { intoCallbacks: true }).map(text).join('\n');
    for (const fn of this.lifecycle('update')) {
      walk(fn.body, (n) => {
        if (this.latchFound || n.type !== 'IfStatement' || n.test.type !== 'LogicalExpression' || n.test.operator !== '&&') return;
        const first = n.test.left;
        const flag = first.type === 'UnaryExpression' && first.operator === '!' ? memberPath(first.argument) : null;
        if (!flag || !flag.startsWith('this.') || /over|end|dead|won|win|lost|lose|finish|done|complete/i.test(flag)) return;
        const body = n.consequent.type === 'BlockStatement' ? n.consequent.body : [n.consequent];
        const raise = body.find((st) => st.type === 'ExpressionStatement' && st.expression.type === 'AssignmentExpression' && memberPath(st.expression.left) === flag && literalValue(st.expression.right).value === true);
        if (!raise) return;
        // the wait it guards: a timer whose callback goes on to the next round
        const timer = this.calls.find((c) => ['delayedCall', 'addEvent'].includes(c.name) && /(^|\.)time$/.test(c.on || '') && c.n.start > n.consequent.start && c.n.end < n.consequent.end);
        if (!timer) return;
        const cfg = timer.name === 'addEvent' ? timer.n.arguments[0] : null;
        const cbNode = timer.name === 'delayedCall' ? timer.n.arguments[1] : cfg && cfg.type === 'ObjectExpression' ? (cfg.properties.find((p) => p.key && (p.key.name || p.key.value) === 'callback') || {}).value : null;
        const cb = cbNode && this.handlerFunction(cbNode);
        if (!cb) return;
        const then = reach(cb);
        const esc = flag.replace(/[.$]/g, (ch) => '\\' + ch);
        if (new RegExp(`${esc}\\s*=\\s*(false|0|null|undefined)\\b|${esc}\\s*=\\s*!`).test(then) || /scene\.(start|restart|stop|pause|launch|switch|sleep)\s*\(/.test(then)) return;
        // set false nowhere but where the scene starts
        const lowered = this.assigns.filter((a) => a.path === flag && literalValue(a.value).ok && !literalValue(a.value).value);
        const elsewhere = lowered.filter((a) => !['create', 'init', 'constructor'].some((r) => { const f = this.lifecycle(r); return f.some((g) => g.start <= a.value.start && a.value.end <= g.end); }));
        if (!lowered.length || elsewhere.length) return;
        this.latchFound = true;
        this.add('never_fires', true, `${flag} = true (line ${lineOf(raise)}) closes the test at line ${lineOf(n)} while the wait at line ${lineOf(timer.n)} runs, and nothing sets it false again (only where the scene starts, line ${lowered[0].line}); the timer's callback goes on to the next round without clearing it, so from the second time on the test is never true and what it schedules never comes again (set ${flag} = false when the next round starts)`, lineOf(raise), `${flag} = false in the timer's callback`);
      });
      if (this.latchFound) return;
    }
  }

  // this.lastKey = e.keyCode (a number, 37), later if (e.key === this.lastKey) (a string, 'ArrowLeft'): a number is
  // never === a string, so the test is never true (keep and compare the same one: e.key, or e.keyCode)
  keyCodeStoredKeyCompared() {
    const kinds = new Map(); // field -> 'keyCode' | 'key' stored in it
    for (const a of this.assigns) {
      const m = a.op === '=' && /\.(keyCode|key|code)$/.exec(memberPath(a.value) || '');
      if (!m || !a.path.startsWith('this.')) continue;
      const kind = m[1] === 'keyCode' ? 'number' : 'string';
      if (kinds.has(a.path) && kinds.get(a.path).kind !== kind) kinds.set(a.path, { kind: 'mixed' }); else kinds.set(a.path, { kind, a });
    }
    let hit = null;
    walk(this.ast, (n) => {
      if (hit || n.type !== 'BinaryExpression' || !['===', '!==', '==', '!='].includes(n.operator)) return;
      for (const [x, y] of [[n.left, n.right], [n.right, n.left]]) {
        const stored = kinds.get(memberPath(x) || '');
        const read = /\.(keyCode|key|code)$/.exec(memberPath(y) || '');
        if (!stored || stored.kind === 'mixed' || !read) continue;
        const kind = read[1] === 'keyCode' ? 'number' : 'string';
        if (kind !== stored.kind) { hit = { n, field: memberPath(x), read: memberPath(y), stored }; return; }
      }
    });
    if (!hit) return;
    const { n, field, read, stored } = hit;
    this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) compares ${read} with ${field}, which holds ${this.code.slice(stored.a.value.start, stored.a.value.end)} (line ${stored.a.line}): one is a key's ${stored.kind === 'number' ? 'code, a number' : 'name, a string'} and the other a ${stored.kind === 'number' ? 'string' : 'number'}, so ${n.operator.startsWith('!') ? 'they always differ' : 'they are never equal'} (store and compare the same one)`, lineOf(n), 'the same kind stored and compared');
  }

  // const mustStop = light === 'RED' where every state given is lower case (state: 'red', this.state = 'yellow'):
  // 'RED' is written only in tests, so it never equals what the state holds and the cars never stop
  stateNameCaseSlip() {
    const given = new Set(); // string values put somewhere: assigned, a property's value, an array's element
    const tested = [];       // [literal node, comparison]
    walk(this.ast, (n, parent) => {
      if (n.type !== 'Literal' || typeof n.value !== 'string' || !parent) return;
      if (parent.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(parent.operator)) tested.push([n, parent]);
      else if (parent.type === 'SwitchCase' && parent.test === n) tested.push([n, parent]);
      else if ((parent.type === 'AssignmentExpression' && parent.right === n) || (parent.type === 'Property' && parent.value === n) || parent.type === 'ArrayExpression'
        || (parent.type === 'VariableDeclarator' && parent.init === n) || parent.type === 'ConditionalExpression' || parent.type === 'ReturnStatement'
        || ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.arguments.includes(n)) || parent.type === 'AssignmentPattern') given.add(n.value);
    });
    const lower = new Map([...given].map((v) => [v.toLowerCase(), v]));
    // a browser event's key or code ('Enter', 'KeyA'): the browser gives it, not the program's own names
    const browserKey = (n) => !!n && n.type === 'MemberExpression' && !n.computed && /^(key|code)$/.test(n.property.name);
    const keyCases = new Set();
    walk(this.ast, (n) => { if (n.type === 'SwitchStatement' && browserKey(n.discriminant)) n.cases.forEach((c) => keyCases.add(c)); });
    for (const [lit, cmp] of tested) {
      const v = lit.value;
      if (given.has(v) || v.length < 2 || !lower.has(v.toLowerCase()) || /[^\w -]/.test(v)) continue;
      if (cmp.type === 'SwitchCase' ? keyCases.has(cmp) : browserKey(cmp.left === lit ? cmp.right : cmp.left)) continue;
      this.add('never_fires', true, `${this.code.slice(cmp.start, cmp.end).slice(0, 60)} (line ${lineOf(cmp)}): '${v}' is written only in tests, and the value it is tested against is given as '${lower.get(v.toLowerCase())}' (strings are compared exactly, case too), so this is never ${cmp.operator && cmp.operator.startsWith('!') ? 'false' : 'true'} (write '${lower.get(v.toLowerCase())}')`, lineOf(cmp), `'${lower.get(v.toLowerCase())}'`);
      return;
    }
  }

  // if (item.x === TURN_X) with item.x += this.speed * delta / 1000 each frame: a place moved by fractions of a pixel
  // passes the number without ever being exactly it, so the turn never happens (item.x >= TURN_X)
  movingPlaceMetExactly() {
    // (the step may be kept in a local first: const step = SPEED * delta / 1000)
    const byFrameTime = (e) => /\b(delta|dt)\b/.test(this.code.slice(e.start, e.end))
      || (e.type === 'Identifier' && (this.decls.get(e.name) || []).some((d) => d.init && /\b(delta|dt)\b/.test(this.code.slice(d.init.start, d.init.end))));
    const steps = this.assigns.filter((a) => ['+=', '-='].includes(a.op) && /\.(x|y)$/.test(a.path) && byFrameTime(a.value));
    if (!steps.length) return;
    const moved = new Set(steps.map((a) => a.path));
    walk(this.ast, (n) => {
      if (this.exactFound || n.type !== 'BinaryExpression' || !['===', '=='].includes(n.operator)) return;
      const side = [n.left, n.right].find((x) => moved.has(memberPath(x) || ''));
      const other = side && (side === n.left ? n.right : n.left);
      if (!side || typeof this.numberOf(other) !== 'number') return;
      this.exactFound = true;
      const step = steps.find((a) => a.path === memberPath(side));
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}): ${memberPath(side)} moves by ${this.code.slice(step.value.start, step.value.end).slice(0, 40)} a frame (line ${step.line}), fractions of a pixel that depend on the frame time, so it passes ${this.code.slice(other.start, other.end)} without ever being exactly it and this is never true (${memberPath(side)} >= ${this.code.slice(other.start, other.end)}, or a distance within a step)`, lineOf(n), `${memberPath(side)} >= ${this.code.slice(other.start, other.end)}`);
    });
  }

  // this.events.on('destroy', ...) in a scene that is never removed: restart()/start() shut a scene down ('shutdown'),
  // only scene.remove() or game.destroy() destroy it
  sceneDestroyNeverComes() {
    if (/\.remove\s*\(|\bgame\s*\.\s*destroy\s*\(|\bdestroy\s*\(\s*true/.test(this.code)) return;
    for (const c of this.calls) {
      if (!['on', 'once'].includes(c.name) || !/(^|\.)(sys\.)?events$/.test(c.on || '') || !/^this\.(sys\.)?events$/.test(c.on || '') || !c.ctx.cls && !c.ctx.roles.includes('create')) continue;
      const a = c.n.arguments[0];
      const name = a && a.type === 'Literal' ? a.value : (memberPath(a) || '').endsWith('Events.DESTROY') ? 'destroy' : null;
      if (name !== 'destroy') continue;
      this.add('never_fires', true, `this.events.${c.name}('destroy') (line ${lineOf(c.n)}): a scene is destroyed only by scene.remove() or game.destroy(), which this program never calls; restart(), start() and stop() shut it down instead, so the handler never runs (listen for 'shutdown')`, lineOf(c.n), "this.events.once('shutdown', ...)");
      return;
    }
  }

  // registry.set('score') in one place and this.data.get('score') in another: the registry is the game's, data is each
  // scene's own DataManager, so the value read was never set there
  registryReadAsData() {
    const keyOf = (c) => { const a = c.n.arguments[0]; return a && a.type === 'Literal' && typeof a.value === 'string' ? a.value : null; };
    const sets = { registry: new Set(), data: new Set() };
    const gets = [];
    const dataSetIn = []; // { key, cls } of this.data.set calls
    for (const c of this.calls) {
      const store = /(^|\.)registry$/.test(c.on || '') ? 'registry' : /^this\.data$|^this\.sys\.data$/.test(c.on || '') ? 'data' : null;
      if (c.name === 'setData' || c.name === 'incData') { if (keyOf(c)) sets.data.add('*'); continue; }
      if (!store) continue;
      const key = keyOf(c);
      if (['set', 'inc', 'toggle', 'merge'].includes(c.name)) {
        sets[store].add(key === null ? '*' : key);
        if (store === 'data') dataSetIn.push({ key: key === null ? '*' : key, cls: c.ctx.cls });
      }
      if (c.name === 'get' && key !== null) gets.push({ store, key, line: lineOf(c.n), cls: c.ctx.cls });
    }
    // this.data.set('difficulty', ...) in the options scene, this.data.get('difficulty') in the game scene: each
    // scene's data is its own, so the game scene reads undefined
    for (const g of gets) {
      if (g.store !== 'data' || !g.cls || /\.(sys\.)?data\s*=|scene\.get\s*\(|\.data\.(values|list)\b/.test(this.bare())) continue;
      const own = dataSetIn.filter((d) => d.cls === g.cls);
      const others = dataSetIn.filter((d) => d.cls && d.cls !== g.cls && d.key === g.key);
      if (own.length || !others.length || dataSetIn.some((d) => !d.cls)) continue;
      const setter = others[0].cls.id ? others[0].cls.id.name : 'another scene';
      const reader = g.cls.id ? g.cls.id.name : 'this scene';
      this.add('never_fires', true, `this.data.get('${g.key}') (line ${g.line}) in ${reader} reads a value only ${setter} sets with this.data.set('${g.key}'): each scene's this.data is its own, so ${reader} reads undefined (keep it in this.registry, the game's one store, or pass it as scene data)`, g.line, `this.registry.get('${g.key}')`);
      return;
    }
    for (const g of gets) {
      const other = g.store === 'data' ? 'registry' : 'data';
      if (sets[g.store].has(g.key) || sets[g.store].has('*') || !sets[other].has(g.key)) continue;
      this.add('never_fires', true, `${g.store === 'data' ? 'this.data' : 'this.registry'}.get('${g.key}') (line ${g.line}) reads a value that is only ever set with ${other === 'data' ? 'this.data' : 'this.registry'}.set('${g.key}'): the registry is one store for the whole game, this.data is each scene's own, so this reads undefined (use this.registry on both sides)`, g.line, `this.${other}.get('${g.key}')`);
      return;
    }
  }

  // group.getLength() === 0 to end a wave whose members are only disabled (disableBody(true, true), killAndHide): they
  // stay in the group, so its length never gets back to 0 (countActive(true) counts the live ones)
  lengthOfDisabledGroup() {
    if (!/\bdisableBody\s*\(|\bkillAndHide\s*\(|\bsetActive\s*\(\s*false/.test(this.code)) return;
    if (this.calls.some((c) => c.name === 'destroy' && !c.ctx.roles.includes('preload') && !/graphics|gfx|^g$/i.test(c.on || ''))) return;
    walk(this.ast, (n) => {
      if (this.lengthFound) return;
      let call = null;
      if (n.type === 'BinaryExpression' && ['===', '==', '<=', '<'].includes(n.operator) && n.right.type === 'Literal' && (n.right.value === 0 || (n.operator === '<' && n.right.value === 1))) call = n.left;
      if (n.type === 'UnaryExpression' && n.operator === '!') call = n.argument;
      if (!call || call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || call.callee.property.name !== 'getLength') return;
      const group = memberPath(call.callee.object) || 'group';
      // members taken out one by one (remove), or the group emptied where they are disabled; a clear() that builds
      // the next level comes after the test and does not make it pass
      const disabling = new Set(this.calls.filter((c) => ['disableBody', 'killAndHide'].includes(c.name) || (c.name === 'setActive' && literalValue(c.n.arguments[0]).value === false)).map((c) => c.ctx.fn));
      if (this.calls.some((c) => c.on === group && (c.name === 'remove' || (c.name === 'clear' && disabling.has(c.ctx.fn))))) return;
      this.lengthFound = true;
      this.add('never_fires', true, `${group}.getLength() (line ${lineOf(n)}) counts every member, also the ones disabled with disableBody()/killAndHide()/setActive(false), which stay in the group: it never gets back to 0, so what waits for it never happens (use ${group}.countActive(true))`, lineOf(n), `${group}.countActive(true)`);
    });
  }

  // obj.z = obj.y to order the drawing (Phaser 2, 3D habits): Phaser 3 draws by depth; z is read by nothing
  zAsDrawOrder() {
    if (/\bdepth\b|setDepth\s*\(|\.sort\s*\(/.test(this.bare())) return;
    const zs = this.assigns.filter((a) => a.prop === 'z' && a.path.split('.').length >= 2);
    if (!zs.length || [...this.reads.keys()].some((p) => p === '.z' || p.endsWith('.z'))) return;
    this.add('never_fires', true, `${zs[0].path} = ... (line ${zs[0].line}) sets z, which Phaser 3 never reads: the drawing order is the depth (setDepth(${this.code.slice(zs[0].value.start, zs[0].value.end)})) and then the order of creation, so this orders nothing`, zs[0].line, 'setDepth(...)');
  }

  // this.add.rectangle(0, 0, 800, 600, 0x000000, 0) faded in by tweening alpha: the fill's own alpha (0) multiplies the
  // object's, so the shape stays invisible whatever alpha the tween gives it
  fillAlphaZeroTweened() {
    const FILL_ALPHA_AT = { rectangle: 5, circle: 4, ellipse: 5, star: 6, triangle: 9, arc: 7, polygon: 4 };
    const shapeCall = (n) => {
      for (let c = n; c && c.type === 'CallExpression' && c.callee.type === 'MemberExpression'; c = c.callee.object) {
        const m = /\.add\.(\w+)$/.exec(memberPath(c.callee) || '');
        if (m && FILL_ALPHA_AT[m[1]] !== undefined) return { call: c, kind: m[1] };
      }
      return null;
    };
    const clear = new Map(); // path -> {kind, line}
    const consider = (path, init) => {
      const shape = init && shapeCall(init);
      if (!path || !shape) return;
      const v = literalValue(shape.call.arguments[FILL_ALPHA_AT[shape.kind]]);
      if (v.ok && v.value === 0) clear.set(path, { kind: shape.kind, line: lineOf(shape.call) });
    };
    for (const [path, value] of this.bindings()) consider(path, value);
    if (!clear.size) return;
    for (const c of this.calls) {
      const root = this.chainRoot(c.n);
      if (clear.has(root) && /^(setFillStyle|setStrokeStyle|setAlpha)$/.test(c.name) && c.name !== 'setAlpha') clear.delete(root);
    }
    for (const a of this.assigns) if (/^(fillAlpha|fillColor|isFilled|isStroked|strokeAlpha)$/.test(a.prop)) clear.delete(a.path.split('.').slice(0, -1).join('.'));
    for (const c of this.calls) {
      if (c.name !== 'add' || !/(^|\.)tweens$/.test(c.on || '') || !c.n.arguments[0] || c.n.arguments[0].type !== 'ObjectExpression') continue;
      const props = c.n.arguments[0].properties.filter((p) => p.type === 'Property' && p.key);
      const targets = props.find((p) => (p.key.name || p.key.value) === 'targets');
      const path = targets && memberPath(targets.value);
      if (!path || !clear.has(path) || !props.some((p) => (p.key.name || p.key.value) === 'alpha')) continue;
      const made = clear.get(path);
      this.add('never_fires', true, `the tween of ${path}'s alpha (line ${lineOf(c.n)}) never shows it: the ${made.kind} was made with a fill alpha of 0 (line ${made.line}), and the fill's alpha multiplies the object's, so it stays invisible (make it with fill alpha 1 and setAlpha(0))`, lineOf(c.n), 'fill alpha 1 and setAlpha(0)');
      return;
    }
    // the object's alpha set by the program (a night overlay darkened in update()): the same product, still 0
    const raised = this.calls.find((c) => c.name === 'setAlpha' && clear.has(this.chainRoot(c.n)) && c.n.arguments[0] && !(literalValue(c.n.arguments[0]).ok && !literalValue(c.n.arguments[0]).value))
      || this.assigns.find((a) => a.prop === 'alpha' && clear.has(a.path.replace(/\.alpha$/, '')) && !(literalValue(a.value).ok && !literalValue(a.value).value));
    if (!raised) return;
    const path = raised.path ? raised.path.replace(/\.alpha$/, '') : this.chainRoot(raised.n);
    const made = clear.get(path);
    const line = raised.line || lineOf(raised.n);
    this.add('never_fires', true, `${path}'s alpha set at line ${line} never shows it: the ${made.kind} was made with a fill alpha of 0 (line ${made.line}), and the fill's alpha multiplies the object's, so it stays invisible (make it with fill alpha 1 and setAlpha(0))`, line, 'fill alpha 1 and setAlpha(0)');
  }

  // heart = group.getLast(true); group.remove(heart): remove() only takes the member out of the group (removeFromScene
  // and destroyChild are false by default), so the object taken out stays drawn
  groupRemoveKeepsDrawn() {
    for (const c of this.calls) {
      const v = c.n.arguments[0];
      if (c.name !== 'remove' || !c.on || c.n.arguments.length !== 1 || !v || !memberPath(v) || /(^|\.)(scene|children|displayList|events|time|tweens|input|physics|world|registry|data|cameras|lights|keyboard)$/.test(c.on)) continue;
      const name = memberPath(v);
      const fn = c.ctx.fn;
      const body = fn ? this.code.slice(fn.start, fn.end) : '';
      const from = new RegExp(`\\b${name.replace(/[.$]/g, '\\$&')}\\s*=\\s*${c.on.replace(/[.$]/g, '\\$&')}\\.(getLast|getFirst|getFirstAlive|getChildren\\(\\)\\s*\\[)`);
      if (!from.test(body)) continue;
      const esc = name.replace(/[.$]/g, '\\$&');
      if (new RegExp(`\\b${esc}\\s*\\.\\s*(destroy|setVisible|setActive|setAlpha|disableBody|setPosition|setTexture|setTint|setFrame|play)\\b|\\b${esc}\\s*\\.\\s*(visible|alpha)\\s*=|\\.add\\s*\\(\\s*${esc}\\b|targets\\s*:\\s*\\[?\\s*${esc}\\b|killAndHide\\s*\\(\\s*${esc}\\b`).test(body)) continue;
      this.add('never_fires', true, `${c.on}.remove(${name}) (line ${lineOf(c.n)}) takes ${name} out of the group only: remove() leaves it in the scene (removeFromScene and destroyChild are false by default), so it stays on the screen (${c.on}.remove(${name}, true, true) destroys it)`, lineOf(c.n), `${c.on}.remove(${name}, true, true)`);
      return;
    }
  }

  // a tween of a Phaser.Geom shape's fields (radius, x, width) with nothing that draws the shape again: a Geom shape is
  // only numbers, the Graphics that drew it once keeps the old picture
  geomTweenNeverRedrawn() {
    const geoms = new Map(); // path -> line
    const consider = (path, init) => { if (path && init && init.type === 'NewExpression' && /(^|\.)Geom\.\w+$/.test(memberPath(init.callee) || '')) geoms.set(path, lineOf(init)); };
    for (const [path, value] of this.bindings()) consider(path, value);
    for (const c of this.calls) {
      if (c.name !== 'add' || !/(^|\.)tweens$/.test(c.on || '') || !c.n.arguments[0] || c.n.arguments[0].type !== 'ObjectExpression') continue;
      const props = c.n.arguments[0].properties.filter((p) => p.type === 'Property' && p.key);
      const targets = props.find((p) => (p.key.name || p.key.value) === 'targets');
      const path = targets && memberPath(targets.value);
      if (!path || !geoms.has(path) || props.some((p) => /^on(Update|Yoyo|Repeat|Loop)$/.test(p.key.name || p.key.value))) continue;
      // drawn again somewhere that runs over time: update(), a timer or an event handler
      const esc = path.replace(/[.$]/g, '\\$&');
      const redrawn = this.calls.some((d) => (d.ctx.roles.includes('update') || d.ctx.handedTo.some(Boolean)) && /^(fill|stroke)\w*Shape$|^(fill|stroke)(Circle|Rect|Ellipse|Triangle|Points)$/.test(d.name)
        && (d.n.arguments.some((a) => new RegExp(`^${esc}(\\.|$)`).test(memberPath(a) || '')) || /^(fill|stroke)\w*Shape$/.test(d.name) === false));
      if (redrawn) continue;
      this.add('never_fires', true, `the tween of ${path} (line ${lineOf(c.n)}) changes a Phaser.Geom shape (made line ${geoms.get(path)}), which is only numbers: nothing draws it again while it changes, so the picture stays as first drawn (redraw it in the tween's onUpdate with graphics.clear() and fillCircleShape(), or tween a game object)`, lineOf(c.n), 'a redraw in onUpdate');
      return;
    }
  }

  // physics.add.collider(a, b, (a, b) => a.body.velocity.y >= 0): a callback that only answers true or false is a
  // process callback, but the third argument is the collide callback, whose return Phaser ignores
  processInCollideSlot() {
    const answers = (e) => e && ((e.type === 'BinaryExpression' && /^(===|!==|==|!=|<|<=|>|>=)$/.test(e.operator)) || e.type === 'LogicalExpression' || (e.type === 'UnaryExpression' && e.operator === '!'));
    for (const c of this.calls) {
      if (!['collider', 'overlap'].includes(c.name) || !/(^|\.)physics\.add$/.test(c.on || '')) continue;
      const [, , cb, proc] = c.n.arguments;
      if (!cb || (proc && !(proc.type === 'Literal' && proc.value === null) && !(proc.type === 'Identifier' && proc.name === 'undefined'))) continue;
      // inline, or the program's method or function of that name (this.canLandOnLedge)
      const name = cb.type === 'Identifier' ? cb.name : cb.type === 'MemberExpression' && !cb.computed ? cb.property.name : null;
      const fn = /Function/.test(cb.type) ? cb : name ? this.functionsByName().get(name) : null;
      if (!fn || !fn.body) continue;
      const body = fn.body;
      // the body only answers: names worked out, early returns of true / false, and a last return of an answer
      const yes = (e) => answers(e) || (e && e.type === 'Literal' && typeof e.value === 'boolean');
      const decides = (st) => st.type === 'VariableDeclaration' || (st.type === 'ReturnStatement' && yes(st.argument))
        || (st.type === 'IfStatement' && [st.consequent, st.alternate].every((b) => !b || (b.type === 'BlockStatement' ? b.body.length >= 1 && b.body.every(decides) : decides(b))))
        || (st.type === 'BlockStatement' && st.body.every(decides));
      const last = body.type === 'BlockStatement' ? body.body[body.body.length - 1] : null;
      const only = body.type !== 'BlockStatement' ? answers(body)
        : !!last && last.type === 'ReturnStatement' && answers(last.argument) && body.body.every(decides);
      if (!only) continue;
      this.add('wrong_argument', true, `physics.add.${c.name}(..., callback) (line ${lineOf(c.n)}): the callback only answers true or false, which is what a process callback does, but the third argument is the ${c.name === 'collider' ? 'collide' : 'overlap'} callback, whose return Phaser ignores: nothing is filtered (pass it fourth: ${c.name}(a, b, null, callback))`, lineOf(c.n), `${c.name}(a, b, null, processCallback)`);
      return;
    }
  }

  // physics.add.existing(zone) with no `true`: an invisible Zone given a dynamic body falls under the world's gravity
  // (and out of the world) unless something holds it
  zoneFallsAway() {
    const gravity = this.gravityYs().some((y) => literalValue(y).ok && literalValue(y).value);
    if (!gravity) return;
    const zones = this.madeBy(/\.add\.zone$/);
    for (const c of this.calls) {
      const [obj, isStatic] = c.n.arguments;
      const name = obj && memberPath(obj);
      if (c.name !== 'existing' || !/(^|\.)physics\.add$/.test(c.on || '') || !name || !zones.has(name) || (isStatic && !(isStatic.type === 'Literal' && isStatic.value === false))) continue;
      const esc = name.replace(/[.$]/g, '\\$&');
      if (new RegExp(`${esc}\\.body\\.(setAllowGravity|allowGravity|moves|setImmovable|enable|setGravity|reset)|${esc}\\.body\\s*\\)|\\.add\\s*\\(\\s*${esc}\\b|allowGravity\\s*:\\s*false`).test(this.code)) continue;
      this.add('never_fires', true, `this.physics.add.existing(${name}) (line ${lineOf(c.n)}) gives the Zone a dynamic body, which the world's gravity pulls down and out of the world: whatever overlaps it there never happens (physics.add.existing(${name}, true) makes a static body)`, lineOf(c.n), `physics.add.existing(${name}, true)`);
      return;
    }
  }

  // const MAP = ['0011', '0220', ...]; MAP[r][c] === 1: a row is a string, its cells are characters, and '1' === 1 is false
  stringMapComparedWithNumbers() {
    const maps = new Set();
    for (const [name, ds] of this.decls) {
      const init = ds.length === 1 ? ds[0].init : null;
      if (init && init.type === 'ArrayExpression' && init.elements.length >= 2 && init.elements.every((e) => e && e.type === 'Literal' && typeof e.value === 'string' && /^\d{3,}$/.test(e.value))) maps.add(name);
    }
    if (!maps.size) return;
    const cellOf = (n) => n && n.type === 'MemberExpression' && n.computed && n.object.type === 'MemberExpression' && n.object.computed && n.object.object.type === 'Identifier' && maps.has(n.object.object.name);
    const cells = new Set();
    for (const [name, ds] of this.decls) if (ds.length === 1 && cellOf(ds[0].init) && !this.writes.get(name)) cells.add(name);
    walk(this.ast, (n) => {
      if (this.mapFound) return;
      let side = null;
      let num = null;
      if (n.type === 'BinaryExpression' && (n.operator === '===' || n.operator === '!==')) {
        for (const [a, b] of [[n.left, n.right], [n.right, n.left]]) if (b.type === 'Literal' && typeof b.value === 'number' && (cellOf(a) || (a.type === 'Identifier' && cells.has(a.name)))) { side = a; num = b.value; }
      }
      if (n.type === 'SwitchStatement' && (cellOf(n.discriminant) || (n.discriminant.type === 'Identifier' && cells.has(n.discriminant.name)))) {
        const k = n.cases.find((cs) => cs.test && cs.test.type === 'Literal' && typeof cs.test.value === 'number');
        if (k) { side = n.discriminant; num = k.test.value; }
      }
      if (!side) return;
      this.mapFound = true;
      const text = this.code.slice(side.start, side.end);
      this.add('never_fires', true, `${text} ${n.type === 'SwitchStatement' ? 'in a switch with case' : n.operator} ${num} (line ${lineOf(n)}): the map's rows are strings, so a cell is a character ('${num}'), and '${num}' === ${num} is false: this never matches (compare with '${num}', or write the rows as arrays of numbers)`, lineOf(n), `'${num}'`);
    });
  }

  // physics.world.timeScale raised next to a level or speed going up: Arcade's timeScale divides the step (2 is half
  // speed), the opposite of the tweens' and the clock's, so "faster" makes every body slower
  arcadeTimeScaleRaised() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.timeScaleFound || n.type !== 'AssignmentExpression' || !/(^|\.)physics\.world\.timeScale$|(^|\.)world\.timeScale$/.test(memberPath(n.left) || '')) return;
      if (/(^|\.)(matter)\./.test(memberPath(n.left))) return;
      // slow motion: the same value given to the clock's or the tweens' timeScale beside it (0.25 is quarter speed
      // there, four times the speed for Arcade)
      const same = n.operator === '=' && ctx.fn && !(literalValue(n.right).ok && literalValue(n.right).value === 1) && this.assigns.some((a) => /(^|\.)(time|tweens)\.timeScale$/.test(a.path)
        && a.value.start >= ctx.fn.start && a.value.end <= ctx.fn.end && this.code.slice(a.value.start, a.value.end) === this.code.slice(n.right.start, n.right.end));
      if (same) {
        this.timeScaleFound = true;
        this.add('wrong_argument', true, `${memberPath(n.left)} = ${this.code.slice(n.right.start, n.right.end).slice(0, 30)} (line ${lineOf(n)}) beside the clock's or the tweens' timeScale set to the same value: Arcade's timeScale divides its step (2 is half speed, 0.5 double), the opposite of theirs, so the bodies speed up when the rest slows down (give Arcade 1 / ${this.code.slice(n.right.start, n.right.end).slice(0, 30)})`, lineOf(n), 'the inverse for physics.world.timeScale');
        return;
      }
      const v = literalValue(n.right);
      const raised = (n.operator === '*=' && v.ok && v.value > 1) || (n.operator === '+=' && v.ok && v.value > 0)
        || (n.operator === '=' && n.right.type === 'BinaryExpression' && ['+', '*'].includes(n.right.operator) && /timeScale/.test(this.code.slice(n.right.start, n.right.end)));
      // 1 + this.level * 0.2: a value that grows with the level itself
      const growing = n.operator === '=' && n.right.type === 'BinaryExpression' && n.right.operator === '+' && /\b\w*(level|difficulty|wave|stage|round)\w*\s*\*/i.test(this.code.slice(n.right.start, n.right.end));
      // timeScale = speedFactor, where the same function raises speedFactor (speedFactor = Math.min(speedFactor + 0.08, 2.5))
      const named = n.operator === '=' && (n.right.type === 'Identifier' || n.right.type === 'MemberExpression') ? memberPath(n.right) : null;
      const esc = named ? named.replace(/[.$]/g, (ch) => '\\' + ch) : null;
      const raisedVar = !!named && !!ctx.fn && new RegExp(`${esc}\\s*(\\+\\+|\\+=|\\*=)|${esc}\\s*=\\s*(Math\\.min\\s*\\(\\s*)?${esc}\\s*[+*]`).test(this.code.slice(ctx.fn.start, n.start));
      if (raisedVar) {
        this.timeScaleFound = true;
        this.add('wrong_argument', true, `${memberPath(n.left)} = ${named} (line ${lineOf(n)}) after ${named} is raised to speed the game up: Arcade's timeScale divides its step (2 is half speed), the opposite of the tweens' and the clock's timeScale, so every body moves slower each time (give it 1 / ${named})`, lineOf(n), `1 / ${named}`);
        return;
      }
      if (!(raised || growing) || !ctx.fn) return;
      const body = this.code.slice(ctx.fn.start, ctx.fn.end);
      if (!growing && !/\b\w*(level|difficulty|wave|speed|stage|round)\w*\s*(\+\+|\+=|\*=)|\+\+\s*\w*(level|wave|stage|round)/i.test(body)) return;
      this.timeScaleFound = true;
      this.add('wrong_argument', true, `${memberPath(n.left)} ${n.operator} ... (line ${lineOf(n)}) as the game gets harder: Arcade's timeScale divides its step (2 is half speed), the opposite of the tweens' and the clock's timeScale, so every body moves slower each time (lower it to speed the world up, or raise the speeds)`, lineOf(n), 'a smaller physics.world.timeScale');
    });
  }

  // where each object was made: path -> [x source, y source] (this.add.graphics({ x, y }), this.add.circle(x, y, ...))
  madeAt() {
    if (this.madeAtMap) return this.madeAtMap;
    const at = new Map();
    const text = (n) => this.code.slice(n.start, n.end).replace(/\s+/g, '');
    const consider = (path, value) => {
      const init = value && this.creation(value).made; // this.add.rectangle(x, y, ...).setStrokeStyle(3): the rectangle
      if (!path || !init) return;
      const made = /\.(add|make)\.(\w+)$/.exec(memberPath(init.callee) || '');
      if (!made) return;
      const [a, b] = init.arguments;
      if (made[2] === 'graphics') {
        if (!a || a.type !== 'ObjectExpression') return;
        const prop = (k) => { const p = a.properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === k); return p ? p.value : null; };
        if (prop('x') && prop('y')) at.set(path, [text(prop('x')), text(prop('y')), 'graphics']);
      } else if (a && b && a.type !== 'ObjectExpression') at.set(path, [text(a), text(b), made[2]]);
    };
    for (const [path, value] of this.bindings()) consider(path, value);
    this.madeAtMap = at;
    return at;
  }

  // an object made at (x, y) that draws, or takes its hit area, at (x, y) again: a Graphics' drawing and a hit area are
  // in the object's own space, so the offset is counted twice
  positionCountedTwice() {
    const at = this.madeAt();
    if (!at.size) return;
    const text = (n) => this.code.slice(n.start, n.end).replace(/\s+/g, '');
    const zero = (t) => /^0(\.0+)?$/.test(t);
    for (const c of this.calls) {
      let root = this.chainRoot(c.n);
      // const g = this.pie: the name it is used by there
      if (root && !at.has(root)) { const ds = this.decls.get(root) || []; const alias = ds.length === 1 && ds[0].init ? memberPath(ds[0].init) : null; if (alias && at.has(alias)) root = alias; }
      const made = root && at.get(root);
      if (!made || zero(made[0]) && zero(made[1])) continue;
      let args = null;
      let what = null;
      if (made[2] === 'graphics' && /^((fill|stroke)(Circle|Ellipse|Rect|RoundedRect|Triangle)|slice|arc)$/.test(c.name)) { args = c.n.arguments; what = `${c.name}(${text(args[0])}, ${text(args[1])}, ...)`; }
      if (c.name === 'setInteractive' && c.n.arguments[0] && c.n.arguments[0].type === 'NewExpression' && /Geom\.(Circle|Ellipse|Rectangle)$/.test(memberPath(c.n.arguments[0].callee) || '')) { args = c.n.arguments[0].arguments; what = `the hit area ${this.code.slice(c.n.arguments[0].start, c.n.arguments[0].end).replace(/\s+/g, ' ')}`; }
      // the same place, or a corner worked out from it (new Geom.Rectangle(x - 70, y - 45, 140, 90))
      const same = (t, m) => t === m || (what && /Rect|Rectangle/.test(what) && (t.startsWith(m + '-') || t.startsWith(m + '+')));
      if (!args || args.length < 2 || !same(text(args[0]), made[0]) || !same(text(args[1]), made[1])) continue;
      this.countedTwiceFound = true;
      this.add('misplaced', true, `${root} is made at (${made[0]}, ${made[1]}) and ${what} (line ${lineOf(c.n)}) is placed at (${made[0]}, ${made[1]}) again, but it is in the object's own space: the position is counted twice, so it lands at twice the offset (use (0, 0) there)`, lineOf(c.n), '(0, 0) in the object\'s own space');
      return;
    }
  }

  // an emitter's config: a lifespan in seconds; maxParticles on an emitter that flows: it caps every particle the
  // emitter ever holds (dead ones wait in its pool), so once that many exist it is at its limit for good and the flow
  // stops (maxAliveParticles caps the living)
  maxParticlesOnFlow() {
    for (const c of this.calls) {
      if (c.name !== 'particles' || !/(^|\.)add$/.test(c.on || '')) continue;
      const cfg = c.n.arguments.find((a) => a && a.type === 'ObjectExpression');
      if (!cfg) continue;
      const keys = new Map(cfg.properties.filter((p) => p.type === 'Property' && p.key).map((p) => [p.key.name || p.key.value, p]));
      // lifespan: { min: 0.8, max: 1.6 } in seconds: a particle lives about a millisecond, less than a frame
      const life = keys.get('lifespan');
      if (life) {
        const v = life.value;
        const nums = v.type === 'ObjectExpression' ? v.properties.filter((p) => p.type === 'Property' && p.key && ['min', 'max', 'start', 'end'].includes(p.key.name || p.key.value)).map((p) => literalValue(p.value))
          : v.type === 'ArrayExpression' ? v.elements.map((e) => literalValue(e)) : [literalValue(v)];
        if (nums.length && nums.every((n) => n.ok && typeof n.value === 'number' && n.value > 0 && n.value < 20)) {
          this.add('wrong_argument', true, `lifespan ${this.code.slice(v.start, v.end).replace(/\s+/g, ' ')} (line ${lineOf(life)}) is in milliseconds: every particle lives under 20 ms, about a frame, so none is seen (seconds written for milliseconds: ${nums.map((n) => n.value * 1000).join(', ')})`, lineOf(life), 'a lifespan in milliseconds');
          return;
        }
      }
      const max = keys.get('maxParticles');
      const v = max && literalValue(max.value);
      if (!v || !v.ok || !(v.value > 0) || keys.has('maxAliveParticles') || keys.has('stopAfter')) continue;
      const off = (k, val) => keys.has(k) && literalValue(keys.get(k).value).ok && literalValue(keys.get(k).value).value === val;
      // bursts: explode(count) again and again (a handler, a timer) adds count particles to the pool each time
      const emitter = this.nameOfMade(c.n);
      const field = (path) => (path || '').replace(/^(this\.scene\.|scene\.|this\.)/, '');
      const bursts = this.calls.filter((k) => k.name === 'explode' && emitter && field(k.on) === field(emitter) && this.numberOf(k.n.arguments[0]) > 0
        && !['create', 'init'].includes(k.ctx.roles[k.ctx.roles.length - 1]));
      if (bursts.length && !/killAll\s*\(|removeParticle/.test(this.bare())) {
        const each = this.numberOf(bursts[0].n.arguments[0]);
        const times = Math.floor(v.value / each);
        if (times <= 20) {
          this.add('never_fires', true, `maxParticles: ${v.value} (line ${lineOf(max)}) caps every particle the emitter ever makes, dead ones in its pool too, and ${bursts[0].on}.explode(${each}) (line ${lineOf(bursts[0].n)}) adds ${each} each burst: after ${times} burst${times === 1 ? '' : 's'} it is at its limit for good and later bursts show nothing (maxAliveParticles caps the living ones)`, lineOf(max), `maxAliveParticles: ${v.value}`);
          return;
        }
      }
      if (off('emitting', false) || off('frequency', -1) || /killAll\s*\(|removeParticle|\.explode\s*\(|\.flow\s*\(|\.start\s*\(/.test(this.bare())) continue;
      this.add('never_fires', true, `maxParticles: ${v.value} (line ${lineOf(max)}) caps every particle the emitter ever holds, dead ones in its pool too: once ${v.value} exist it is at its limit for good and the flow stops after about a second (maxAliveParticles caps the living ones)`, lineOf(max), `maxAliveParticles: ${v.value}`);
      return;
    }
  }

  // this.scene.restart('Game') from another scene: restart() restarts the scene it is called from and takes its
  // argument as data, so 'Game' never starts
  restartWithOtherKey() {
    const keys = new Set(this.classes.map(sceneKeyOf).filter(Boolean));
    for (const p of this.props) if (p.key === 'key' && p.value.type === 'Literal' && typeof p.value.value === 'string') keys.add(p.value.value);
    for (const c of this.calls) {
      const a = c.n.arguments[0];
      if (c.name !== 'restart' || !/(^|\.)scene$/.test(c.on || '') || !a || a.type !== 'Literal' || typeof a.value !== 'string' || !keys.has(a.value)) continue;
      const own = c.ctx.cls ? sceneKeyOf(c.ctx.cls) : null;
      if (own === a.value || (!own && keys.size < 2)) continue;
      this.add('wrong_argument', true, `this.scene.restart('${a.value}') (line ${lineOf(c.n)}) restarts the scene it is called from${own ? ` ('${own}')` : ''} and hands it '${a.value}' as data: scene '${a.value}' never starts (this.scene.start('${a.value}'))`, lineOf(c.n), `this.scene.start('${a.value}')`);
      return;
    }
  }

  // physics.world.wrap(obj) or Phaser.Actions.WrapInRectangle only where the scene starts: a wrap moves what is
  // outside once, when it is called, and nothing is outside yet
  wrapOnlyAtStart() {
    const wraps = this.calls.filter((c) => (c.name === 'wrap' && /(^|\.)world$/.test(c.on || '')) || (c.name === 'WrapInRectangle' && /Actions$/.test(c.on || '')));
    if (!wraps.length || wraps.some((c) => !c.ctx.roles.length || c.ctx.handedTo.some(Boolean) || !['create', 'init', 'preload'].includes(c.ctx.roles[c.ctx.roles.length - 1]))) return;
    const c = wraps[0];
    this.add('never_fires', true, `${c.on}.${c.name}(...) (line ${lineOf(c.n)}) runs once, in ${c.ctx.roles[c.ctx.roles.length - 1]}(): a wrap moves what is outside the area at the moment it is called, and nothing is outside yet, so nothing ever wraps (call it every frame in update())`, lineOf(c.n), 'the wrap in update()');
  }

  // body.setGravityY(-600) in a world whose gravity is y: 600: a body's own gravity is added to the world's, so the
  // two cancel and the body floats where "flipped" gravity was meant
  gravityCancelled() {
    const numOf = (n, depth = 0) => {
      if (!n || depth > 3) return null;
      const v = literalValue(n);
      if (v.ok) return typeof v.value === 'number' ? v.value : null;
      if (n.type === 'UnaryExpression' && n.operator === '-') { const x = numOf(n.argument, depth + 1); return x === null ? null : -x; }
      if (n.type === 'Identifier') { const d = this.decls.get(n.name); return d && d.length === 1 && !this.writes.get(n.name) ? numOf(d[0].init, depth + 1) : null; }
      return null;
    };
    const world = new Set();
    for (const p of this.props) {
      if (p.key !== 'gravity' || p.value.type !== 'ObjectExpression') continue;
      const y = p.value.properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'y');
      const v = y ? numOf(y.value) : null;
      if (v) world.add(v);
    }
    if (!world.size) return;
    for (const c of this.calls) {
      const a = c.name === 'setGravityY' && c.n.arguments.length === 1 ? c.n.arguments[0] : null;
      if (!a) continue;
      const values = (a.type === 'ConditionalExpression' ? [a.consequent, a.alternate] : [a]).map((x) => numOf(x)).filter((x) => x !== null);
      // setGravityY(GRAVITY * this.dir) with the direction turned by `this.dir *= -1` (or = -this.dir): -GRAVITY once
      if (a.type === 'BinaryExpression' && a.operator === '*') {
        for (const [g, d] of [[a.left, a.right], [a.right, a.left]]) {
          const gv = numOf(g);
          if (gv === null || !world.has(gv) || !['Identifier', 'MemberExpression'].includes(d.type)) continue;
          const dir = this.code.slice(d.start, d.end).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          if (new RegExp(`${dir}\\s*\\*=\\s*-\\s*1\\b|${dir}\\s*=\\s*-\\s*${dir}\\b|${dir}\\s*=[^;\\n]*\\?\\s*-\\s*1\\s*:\\s*1\\b|${dir}\\s*=[^;\\n]*\\?\\s*1\\s*:\\s*-\\s*1\\b`).test(this.bare())) values.push(-gv);
        }
      }
      const v = values.find((x) => world.has(-x));
      if (v === undefined) continue;
      // certain where the code means to turn gravity over (a hover that cancels gravity on purpose only warns)
      const flips = /flip|invert|reverse|upside|翻转|反转|向上|倒转/i.test(this.bare());
      this.add('wrong_argument', flips, `setGravityY(${v}) (line ${lineOf(c.n)}): a body's own gravity is added to the world's (${-v}), so together they are 0 and the body floats instead of falling the other way (setGravityY(${2 * v}) turns it over)`, lineOf(c.n), `setGravityY(${2 * v})`);
      return;
    }
  }

  // Matter: body.velocity.x = ... (Matter works out velocity from the last step's positions and overwrites it: use
  // setVelocity); plugin: { attractors: [...] } (the old plugin's option; since 3.60 attractors is the body's own)
  matterVelocityWrites() {
    const matter = this.matterObjects();
    for (const a of this.assigns) {
      const m = /^(.*?)(\.body)?\.velocity\.(x|y)$/.exec(a.path);
      // (the scene under another name: scene.cue, kept from `const scene = this`)
      if (!m || !(matter.has(m[1]) || matter.has(m[1].replace(/^(scene|self|that|_this)\./, 'this.')))) continue;
      this.add('never_fires', true, `${a.path} = ... (line ${a.line}) writes a Matter body's velocity field, which Matter works out again from the body's last two positions on every step: the write is lost (${m[1]}.setVelocity(x, y), or Matter.Body.setVelocity)`, a.line, `${m[1]}.setVelocity(x, y)`);
      return;
    }
    const plugin = this.props.find((p) => p.key === 'plugin' && p.value.type === 'ObjectExpression' && p.value.properties.some((q) => q.type === 'Property' && q.key && ['attractors', 'wrap'].includes(q.key.name || q.key.value)));
    if (plugin) {
      const which = plugin.value.properties.find((q) => q.type === 'Property' && q.key && ['attractors', 'wrap'].includes(q.key.name || q.key.value));
      const name = which.key.name || which.key.value;
      this.add('never_fires', true, `plugin: { ${name}: ... } (line ${plugin.line}) is the old matter-${name} plugin's body option, which Phaser 3.60+ does not read: ${name === 'attractors' ? 'attractors are the body\'s own option now (attractors: [...])' : 'wrapping is the body\'s own option now (wrapBounds)'}, so it never runs`, plugin.line, `${name}: [...] on the body`);
    }
  }

  // physics.add.collider(ball, paddle) where the paddle is a plain dynamic body the player steers along one axis:
  // two dynamic bodies push each other apart, so the bouncing ball shoves the paddle off its row (and takes its
  // bounce from it) instead of bouncing off a solid bat (setImmovable(true), or body.pushable = false)
  shovedBat() {
    const dynamic = this.madeBy(/(^|\.)physics\.add\.(image|sprite)$/);
    for (const c of this.calls) {
      const [obj, isStatic] = c.n.arguments;
      if (c.name === 'existing' && /(^|\.)physics\.add$/.test(c.on || '') && memberPath(obj) && (!isStatic || (isStatic.type === 'Literal' && isStatic.value === false))) dynamic.add(memberPath(obj));
    }
    if (dynamic.size < 2) return;
    const worldGravity = this.gravityYs().some((y) => !(literalValue(y).ok && literalValue(y).value === 0));
    const on = (path) => this.calls.filter((c) => c.on === path || c.on === path + '.body' || this.chainRoot(c.n) === path || this.chainRoot(c.n) === path + '.body');
    const writes = (path) => this.assigns.filter((a) => a.path.startsWith(path + '.'));
    const NUMBERISH = (n) => n && !(n.type === 'Literal' && (n.value === 0 || n.value === null));
    for (const c of this.calls) {
      if (c.name !== 'collider' || !/(^|\.)physics\.add$/.test(c.on || '')) continue;
      const sides = [memberPath(c.n.arguments[0]), memberPath(c.n.arguments[1])];
      if (!sides[0] || !sides[1] || sides[0] === sides[1] || !dynamic.has(sides[0]) || !dynamic.has(sides[1])) continue;
      for (let i = 0; i < 2; i++) {
        const bat = sides[i];
        const ball = sides[1 - i];
        const batCalls = on(bat);
        const batWrites = writes(bat);
        const axis = batCalls.some((k) => k.name === 'setVelocityY' && NUMBERISH(k.n.arguments[0])) || batWrites.some((a) => (/\.y$/.test(a.path) && !/\.body\./.test(a.path)) || /\.velocity\.y$/.test(a.path)) ? 'Y' : 'X';
        const other = axis === 'X' ? 'Y' : 'X';
        const o = other.toLowerCase();
        const held = batCalls.some((k) => new RegExp(`^(setImmovable|setPushable|setMass|setAllowGravity|setGravity|setGravity${other}|setVelocity|setVelocity${other}|setAcceleration${other}|setAcceleration|set${other}|setPosition|reset|setDamping|setDrag|setDrag${other}|setMaxVelocity|moveTo|setBounce|setBounce${other}|setFriction)$`).test(k.name))
          || batWrites.some((a) => new RegExp(`\\.(immovable|pushable|mass|${o}|allowGravity|moves)$|\\.velocity\\.${o}$|\\.velocity$|\\.acceleration`).test(a.path))
          || (this.bare().match(new RegExp(`\\b${bat.replace(/[.$]/g, '\\$&')}\\b`, 'g')) || []).length > 40;
        if (held) continue;
        const steers = batCalls.find((k) => k.name === `setVelocity${axis}` && NUMBERISH(k.n.arguments[0]))
          || batWrites.find((a) => (new RegExp(`\\.${axis.toLowerCase()}$`).test(a.path) && !/\.body\./.test(a.path)) || new RegExp(`\\.velocity\\.${axis.toLowerCase()}$`).test(a.path));
        if (!steers) continue;
        if (worldGravity) continue;
        const ballCalls = on(ball);
        const bounces = ballCalls.some((k) => /^setBounce/.test(k.name) && NUMBERISH(k.n.arguments[0])) || writes(ball).some((a) => /\.bounce\.[xy]$/.test(a.path));
        const moving = ballCalls.some((k) => /^setVelocity/.test(k.name)) || writes(ball).some((a) => /\.velocity\.[xy]$/.test(a.path));
        if (!bounces || !moving) continue;
        const line = lineOf(c.n);
        this.add('misplaced', true, `physics.add.collider(${sides[0]}, ${sides[1]}) (line ${line}): ${bat} is a plain dynamic body the code only moves along ${axis.toLowerCase()}, and two dynamic bodies push each other apart, so the bouncing ${ball} shoves ${bat} off its ${axis === 'X' ? 'row' : 'column'} instead of bouncing off a solid bat (${bat}.setImmovable(true))`, line, `${bat}.setImmovable(true)`);
        return;
      }
    }
  }

  // a moving platform from physics.add.group({ immovable: true }): a physics group gives its members friction 0
  // (a body of its own has friction.x 1), and friction is what carries a body standing on a moving one, so the
  // platform slides away under the player (frictionX: 1 in the group's config, or setFrictionX(1) on the member)
  frictionlessFerry() {
    if (/friction/i.test(this.bare())) return;
    const gravity = this.gravityYs().some((y) => literalValue(y).ok && literalValue(y).value > 0);
    if (!gravity) return;
    const riders = this.madeBy(/(^|\.)physics\.add\.sprite$|(^|\.)physics\.add\.image$/);
    for (const [path, value] of this.bindings()) {
      if (value.type !== 'CallExpression' || !/(^|\.)physics\.add\.group$/.test(memberPath(value.callee) || '')) continue;
      const cfg = value.arguments[value.arguments.length - 1];
      const immovable = cfg && cfg.type === 'ObjectExpression' && cfg.properties.some((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'immovable' && q.value.type === 'Literal' && q.value.value === true);
      if (!immovable) continue;
      const members = this.madeBy(new RegExp(`^${path.replace(/[.$]/g, '\\$&')}\\.(create|get)$`));
      const moving = this.calls.find((c) => /^setVelocity(X)?$/.test(c.name) && c.n.arguments[0] && !(c.n.arguments[0].type === 'Literal' && c.n.arguments[0].value === 0)
        && (members.has(this.chainRoot(c.n)) || new RegExp(`^${path.replace(/[.$]/g, '\\$&')}\\.create\\(`).test(this.code.slice(c.n.start, c.n.end))));
      if (!moving) continue;
      const collider = this.calls.find((c) => c.name === 'collider' && /(^|\.)physics\.add$/.test(c.on || '') && c.n.arguments.length >= 2
        && [0, 1].some((i) => memberPath(c.n.arguments[i]) === path && riders.has(memberPath(c.n.arguments[1 - i]))));
      if (!collider || this.endsTheRun(collider.n.arguments[2])) continue; // obstacles: touching one ends the run
      // a bounce pad: the collide callback throws the rider up again as it lands, so nothing stands on it
      if (/setVelocityY\s*\(\s*-|velocity\.y\s*=\s*-/.test(this.handlerText(collider.n.arguments[2]))) continue;
      const line = lineOf(collider.n);
      this.add('never_fires', true, `the platforms of ${path} (physics.add.group, line ${lineOf(value)}) move (line ${lineOf(moving.n)}), but a physics group gives its members friction 0, and friction is what carries a body standing on a moving one: the platform slides away under what stands on it (frictionX: 1 in the group's config, or setFrictionX(1) on each platform)`, line, 'frictionX: 1');
      return;
    }
  }

  // a collide callback that ends the run or costs a life (an obstacle, not something to stand on)
  endsTheRun(cb) {
    if (!cb || (cb.type === 'Literal' && cb.value === null)) return false;
    const fn = /Function/.test(cb.type) ? cb : memberPath(cb) ? this.functionsByName().get(memberPath(cb).split('.').pop()) : null;
    return !!fn && /\.pause\s*\(|gameOver|isGameOver|game_over|GAME OVER|\.restart\s*\(|\blives\b|\bhealth\b|\bhp\b|\bdie\b|\bdead\b|dying/i.test(this.code.slice(fn.start, fn.end));
  }

  // physics.add.group({ key: 'ball', repeat: 15 }): a group config's repeat counts the copies after the first, so it makes
  // repeat + 1 objects (a fact for the task check: where the task asks for exactly `repeat` of them)
  groupRepeats() {
    const found = [];
    for (const c of this.calls) {
      if (!/^(group|staticGroup|createMultiple|createFromConfig)$/.test(c.name)) continue;
      const cfg = c.n.arguments.find((a) => a && a.type === 'ObjectExpression');
      if (!cfg) continue;
      const keys = new Map(cfg.properties.filter((p) => p.type === 'Property' && !p.computed && p.key).map((p) => [p.key.name || p.key.value, p.value]));
      if (!keys.has('key') || !keys.has('repeat')) continue;
      const repeat = this.numberOf(keys.get('repeat'));
      const perFrame = ['frameQuantity', 'quantity'].map((k) => (keys.has(k) ? this.numberOf(keys.get(k)) : 1));
      const frames = keys.get('frame');
      if (repeat === null || repeat < 2 || perFrame.some((q) => q !== 1) || (frames && frames.type === 'ArrayExpression' && frames.elements.length !== 1)) continue;
      found.push({ line: lineOf(c.n), call: c.name, repeat, made: repeat + 1, text: this.code.slice(keys.get('repeat').start, keys.get('repeat').end) });
    }
    // a timer that makes one thing each time it fires: repeat: N fires N + 1 times (the first call, then N repeats)
    for (const c of this.calls) {
      if (c.name !== 'addEvent' || !/(^|\.)time$/.test(c.on || '') || !c.n.arguments[0] || c.n.arguments[0].type !== 'ObjectExpression') continue;
      const keys = new Map(c.n.arguments[0].properties.filter((p) => p.type === 'Property' && !p.computed && p.key).map((p) => [p.key.name || p.key.value, p.value]));
      if (!keys.has('repeat') || keys.has('loop') || !keys.has('callback')) continue;
      const repeat = this.numberOf(keys.get('repeat'));
      if (repeat === null || repeat < 2) continue;
      const cb = keys.get('callback');
      const path = /Function/.test(cb.type) ? null : memberPath(cb);
      const fn = /Function/.test(cb.type) ? cb : path ? this.namedFunction(path.split('.').pop()) : null;
      if (!fn) continue;
      const body = this.code.slice(fn.body.start, fn.body.end);
      // made, or one of a fixed set brought out (a mole shown, a pooled member enabled)
      const made = /\b(add|physics\.add|matter\.add)\s*\.\s*\w+\s*\(|\.create\s*\(|\.get\s*\(\s*[^'")]|\.(setVisible|setActive)\s*\(\s*true\s*\)|\.enableBody\s*\(/.exec(body);
      // a count checked before the making (if (n >= MAX) return) keeps it to N
      if (!made || /\breturn\b/.test(body.slice(0, made.index))) continue;
      found.push({ line: lineOf(c.n), call: 'addEvent', repeat, made: repeat + 1, text: this.code.slice(keys.get('repeat').start, keys.get('repeat').end) });
    }
    return found;
  }

  // angle = Angle.Between(target.x, target.y, obj.x, obj.y) and obj then moved along that angle: the angle points from
  // the target to obj, so obj moves away from it (a fact for the task check: right where the task asks to flee)
  awayMoves() {
    const found = [];
    const esc = (t) => t.replace(/[.$[\]()]/g, '\\$&');
    walk(this.ast, (n, parent, key, ctx) => {
      if (found.length >= 4) return;
      const call = n.type === 'VariableDeclarator' ? n.init : n.type === 'AssignmentExpression' && n.operator === '=' ? n.right : null;
      const name = n.type === 'VariableDeclarator' ? (n.id.type === 'Identifier' ? n.id.name : null) : n.type === 'AssignmentExpression' ? memberPath(n.left) : null;
      if (!name || !call || call.type !== 'CallExpression' || !/(^|\.)Angle\.Between$/.test(memberPath(call.callee) || '') || call.arguments.length !== 4) return;
      // a chase runs every frame; a kick away from what was hit (a bumper, a knockback) is a handler's, once
      if (!ctx.roles.some((r) => r === 'update' || r === 'preUpdate')) return;
      const [ax, ay, bx, by] = call.arguments.map((a) => memberPath(a) || '');
      const m1 = /^(.+)\.(x|worldX)$/.exec(bx); const m2 = /^(.+)\.(y|worldY)$/.exec(by);
      const t1 = /^(.+)\.(x|worldX)$/.exec(ax); const t2 = /^(.+)\.(y|worldY)$/.exec(ay);
      if (!m1 || !m2 || m1[1] !== m2[1] || !t1 || !t2 || t1[1] !== t2[1] || t1[1] === m1[1]) return;
      const obj = m1[1];
      const scope = ctx.fn ? this.code.slice(n.end, ctx.fn.end) : this.code.slice(n.end);
      const a = esc(name); const o = esc(obj);
      if (new RegExp(`${a}\\s*[-+]\\s*Math\\.PI|Math\\.PI\\s*[-+]\\s*${a}|\\b${a}\\s*(\\+|-)?=[^=]`).test(scope)) return;
      const along = new RegExp(`${o}\\.x\\s*\\+=\\s*Math\\.cos\\(\\s*${a}\\s*\\)|${o}\\.x\\s*\\+=\\s*[\\w.]+\\s*\\*\\s*Math\\.cos\\(\\s*${a}\\s*\\)`
        + `|velocityFromRotation\\(\\s*${a}\\s*,[^;\\n]*${o}\\.body\\.velocity|${o}(\\.body)?\\.(setVelocity|setAcceleration)(X)?\\(\\s*([\\w.]+\\s*\\*\\s*)?Math\\.cos\\(\\s*${a}\\s*\\)`
        + `|${o}\\.body\\.velocity\\.x\\s*=\\s*Math\\.cos\\(\\s*${a}\\s*\\)`
        // a pull: the acceleration set along the angle (setToPolar, accelerationFromRotation)
        + `|${o}\\.body\\.(velocity|acceleration)\\.setToPolar\\(\\s*${a}\\s*[,)]|(velocity|acceleration)FromRotation\\(\\s*${a}\\s*,[^;\\n]*${o}\\.body\\.(velocity|acceleration)`).exec(scope);
      if (!along) return;
      found.push({ line: lineOf(n), mover: obj, target: t1[1], angle: name });
    });
    return found;
  }

  // if (JustDown(key)) player.x += speed * delta / 1000 in update(): JustDown is true on the one frame a key goes
  // down, so holding the key moves the object one frame's step once, not at the speed the step is worked out for
  // (key.isDown); a velocity set under JustDown and zeroed in the else branch lasts one frame the same way
  justDownForHeld() {
    const justDown = (t) => {
      let hit = false;
      walk(t, (n) => { if (n.type === 'CallExpression' && /(^|\.)JustDown$/.test(memberPath(n.callee) || '')) hit = true; });
      return hit;
    };
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.justDownFound || n.type !== 'IfStatement' || !ctx.roles.includes('update') || ctx.handedTo.some(Boolean) || !justDown(n.test)) return;
      const fnText = ctx.fn ? this.code.slice(ctx.fn.start, ctx.fn.end) : '';
      const deltaNames = new Set(['delta', 'dt']);
      for (const m of fnText.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*([^;\n]+)/g)) if (/\b(delta|dt)\b/.test(m[2])) deltaNames.add(m[1]);
      const scaled = (e) => [...deltaNames].some((d) => new RegExp(`\\b${d}\\b`).test(this.code.slice(e.start, e.end)));
      let step = null;
      walk(n.consequent, (m) => {
        if (step) return;
        if (m.type === 'AssignmentExpression' && ['+=', '-='].includes(m.operator) && /\.(x|y)$/.test(memberPath(m.left) || '') && scaled(m.right)) step = m;
      });
      let zeroed = false;
      if (!step) {
        let alt = n.alternate;
        while (alt && alt.type === 'IfStatement') alt = alt.alternate;
        if (alt) walk(alt, (m) => { if (m.type === 'CallExpression' && /^setVelocity[XY]?$/.test((m.callee.property && m.callee.property.name) || '') && m.arguments.length && m.arguments.every((a) => a.type === 'Literal' && a.value === 0)) zeroed = true; });
        if (zeroed) walk(n.consequent, (m) => { if (!step && m.type === 'CallExpression' && /^setVelocity[XY]?$/.test((m.callee.property && m.callee.property.name) || '') && m.arguments[0] && !(m.arguments[0].type === 'Literal' && m.arguments[0].value === 0)) step = m; });
      }
      // a direction kept in a local set back to 0 each frame (let vx = 0; if (JustDown(left)) vx -= 1), then moved by
      // delta or given as a velocity: the move lasts the one frame the key goes down
      if (!step && ctx.fn) {
        const dirs = new Set();
        walk(n.consequent, (m) => {
          // (or a local vector: const dir = new Phaser.Math.Vector2(0, 0); if (JustDown(left)) dir.x -= 1)
          const left = m.type === 'AssignmentExpression' && /^[-+]?=$/.test(m.operator) ? m.left : null;
          const t = !left ? null : left.type === 'Identifier' ? left.name
            : left.type === 'MemberExpression' && !left.computed && left.object.type === 'Identifier' && /^(x|y)$/.test(left.property.name) ? left.object.name : null;
          if (!t) return;
          const zeroVector = (init) => (init.type === 'NewExpression' && /Vector2$/.test(memberPath(init.callee) || '') && init.arguments.every((a) => literalValue(a).value === 0))
            || (init.type === 'ObjectExpression' && init.properties.length === 2 && init.properties.every((p) => p.type === 'Property' && literalValue(p.value).value === 0));
          const d = (this.decls.get(t) || []).find((x) => x.init && x.init.start >= ctx.fn.start && x.init.end <= ctx.fn.end && (literalValue(x.init).value === 0 || zeroVector(x.init)));
          if (d) dirs.add(t);
        });
        if (dirs.size) {
          walk(ctx.fn.body, (m) => {
            if (step || m.start < n.end) return;
            const uses = (e) => [...dirs].some((d) => new RegExp(`\\b${d}\\b`).test(this.code.slice(e.start, e.end)));
            if (m.type === 'AssignmentExpression' && ['+=', '-='].includes(m.operator) && /\.(x|y)$/.test(memberPath(m.left) || '') && uses(m.right) && scaled(m.right)) step = m;
            if (m.type === 'CallExpression' && /^setVelocity[XY]?$/.test((m.callee.property && m.callee.property.name) || '') && m.arguments.some(uses)) step = m;
          });
          if (step) {
            this.justDownFound = true;
            this.add('never_fires', true, `${this.code.slice(step.start, step.end).slice(0, 60)} (line ${lineOf(step)}) moves by ${[...dirs].join(', ')}, which is set back to 0 on every frame and set only under JustDown() (line ${lineOf(n)}), true only on the frame a key goes down: holding the key moves it for one frame, not continuously (test key.isDown for held movement)`, lineOf(n), 'key.isDown');
            return;
          }
        }
      }
      if (!step) return;
      this.justDownFound = true;
      const what = step.type === 'AssignmentExpression' ? `${this.code.slice(step.start, step.end).slice(0, 60)} (a step worked out from delta)` : `${this.code.slice(step.start, step.end).slice(0, 60)} (set back to 0 in the else branch)`;
      this.add('never_fires', true, `${what} runs under JustDown() (line ${lineOf(n)}), which is true only on the frame a key goes down: holding the key moves it for one frame, not continuously (test key.isDown for held movement)`, lineOf(n), 'key.isDown');
    });
  }

  // a dark overlay over the whole view masked by a light circle without setInvertAlpha(true): a geometry mask shows
  // the object only inside the shape, so the darkness is drawn as a disc around the player and the rest is lit
  // (fog of war, a torch: mask.setInvertAlpha(true) shows it everywhere but the circle)
  fogMaskNotInverted() {
    if (/invertAlpha|setInvertAlpha/.test(this.bare())) return;
    const big = (n, side) => {
      const v = literalValue(n);
      if (v.ok) return typeof v.value === 'number' && v.value >= (side === 'w' ? 600 : 400);
      return /(^|\.)(width|height|displayWidth|displayHeight)$/.test(memberPath(n) || '') || /\b(W|H|WIDTH|HEIGHT|GAME_W\w*|GAME_H\w*)\b/.test(this.code.slice(n.start, n.end));
    };
    const dark = (n) => { const v = literalValue(n); if (!v.ok || typeof v.value !== 'number') return false; const c = v.value; return 0.2126 * ((c >> 16) & 255) + 0.7152 * ((c >> 8) & 255) + 0.0722 * (c & 255) < 70; };
    const overlays = new Map(); // path -> line
    for (const [path, value] of this.bindings()) {
      const v = this.creation(value).made;
      if (v && /(^|\.)add\.rectangle$/.test(memberPath(v.callee) || '')) {
        const [, , w, h, color] = v.arguments;
        if (w && h && big(w, 'w') && big(h, 'h') && dark(color)) overlays.set(path, lineOf(v));
      }
    }
    for (const c of this.calls) {
      if (c.name !== 'fillRect' || !c.n.arguments[2] || !big(c.n.arguments[2], 'w') || !big(c.n.arguments[3], 'h')) continue;
      const root = this.chainRoot(c.n);
      const style = this.calls.find((k) => k.name === 'fillStyle' && this.chainRoot(k.n) === root);
      if (root && style && dark(style.n.arguments[0])) overlays.set(root, lineOf(c.n));
    }
    if (!overlays.size) return;
    const maskOf = new Map(); // mask name -> graphics path
    for (const [path, value] of this.bindings()) if (value.type === 'CallExpression' && /\.createGeometryMask$/.test(memberPath(value.callee) || '')) maskOf.set(path, memberPath(value.callee.object));
    for (const c of this.calls) {
      if (c.name !== 'setMask' || !overlays.has(this.chainRoot(c.n))) continue;
      const a = c.n.arguments[0];
      const shape = a && a.type === 'CallExpression' && /\.createGeometryMask$/.test(memberPath(a.callee) || '') ? memberPath(a.callee.object) : maskOf.get(memberPath(a));
      if (!shape) continue;
      const round = this.calls.find((k) => /^(fillCircle|fillEllipse|fillCircleShape|fillEllipseShape)$/.test(k.name) && this.chainRoot(k.n) === shape);
      if (!round || this.calls.some((k) => /^fillRect/.test(k.name) && this.chainRoot(k.n) === shape)) continue;
      const overlay = this.chainRoot(c.n);
      this.add('wrong_argument', true, `${overlay}.setMask(...) (line ${lineOf(c.n)}): a dark overlay over the whole view (line ${overlays.get(overlay)}) masked by the circle of ${shape} without setInvertAlpha(true): a geometry mask draws the object only inside its shape, so the darkness is a disc around the circle and everything else is lit (mask.setInvertAlpha(true))`, lineOf(c.n), 'mask.setInvertAlpha(true)');
      return;
    }
  }

  // pipe.setVelocityX(-220) ... then pipes.add(pipe) to a physics group: add() gives every body the group's defaults
  // (velocity 0, gravity on, not immovable, no bounce ...), so what was set before it is undone (set it after add(),
  // or give the group those values: physics.add.group({ allowGravity: false, velocityX: -220 }))
  settingsUndoneByGroupAdd() {
    const DEFAULTS = { setVelocity: ['velocityX', 'velocityY'], setVelocityX: ['velocityX'], setVelocityY: ['velocityY'], setAllowGravity: ['allowGravity'],
      setImmovable: ['immovable'], setBounce: ['bounceX', 'bounceY'], setBounceX: ['bounceX'], setBounceY: ['bounceY'], setCollideWorldBounds: ['collideWorldBounds'],
      setGravity: ['gravityX', 'gravityY'], setGravityX: ['gravityX'], setGravityY: ['gravityY'], setDrag: ['dragX', 'dragY'], setDragX: ['dragX'], setDragY: ['dragY'],
      setAcceleration: ['accelerationX', 'accelerationY'], setAccelerationX: ['accelerationX'], setAccelerationY: ['accelerationY'], setMass: ['mass'],
      setAngularVelocity: ['angularVelocity'], setMaxVelocity: ['maxVelocityX', 'maxVelocityY'], setFriction: ['frictionX', 'frictionY'], setFrictionX: ['frictionX'], setFrictionY: ['frictionY'] };
    const groups = new Map(); // path -> keys its config sets
    for (const [path, value] of this.bindings()) {
      if (value.type !== 'CallExpression' || !/(^|\.)physics\.add\.group$/.test(memberPath(value.callee) || '')) continue;
      const cfg = value.arguments.find((a) => a.type === 'ObjectExpression');
      if (value.arguments.some((a) => a.type !== 'ObjectExpression') || (cfg && cfg.properties.some((p) => p.type === 'SpreadElement' || (p.key && /^(classType|createCallback)$/.test(p.key.name || p.key.value))))) continue;
      groups.set(path, new Set(cfg ? cfg.properties.map((p) => p.key && (p.key.name || String(p.key.value))) : []));
    }
    if (!groups.size) return;
    const bodies = new Set();
    for (const [path, value] of this.bindings()) {
      const v = this.creation(value).made;
      if (v && /(^|\.)physics\.add\.(image|sprite)$/.test(memberPath(v.callee) || '')) bodies.add(path);
    }
    for (const add of this.calls) {
      if (add.name !== 'add' || !groups.has(add.on) || !add.n.arguments[0]) continue;
      const child = memberPath(add.n.arguments[0]);
      if (!child || !bodies.has(child)) continue;
      const set = groups.get(add.on);
      // physics.moveToObject(child, ...) / moveTo(child, ...) and velocityFromRotation(a, s, child.body.velocity) set its velocity too
      const moves = (c) => (/^(moveToObject|moveTo)$/.test(c.name) && memberPath(c.n.arguments[0]) === child)
        || (/^velocityFrom(Rotation|Angle)$/.test(c.name) && memberPath(c.n.arguments[2]) === child + '.body.velocity');
      // (a setting in the chain that makes it: const arrow = this.physics.add.image(...).setAccelerationX(wind))
      const making = (this.bindings().find(([p, v]) => p === child && v.start < add.n.start) || [])[1];
      const onChild = (c) => [child, child + '.body'].includes(this.chainRoot(c.n)) || (making && making.start <= c.n.start && c.n.end <= making.end);
      const before = this.calls.find((c) => c.ctx.fn === add.ctx.fn && c.n.start < add.n.start && ((Object.hasOwn(DEFAULTS, c.name) && c.n.arguments.length
        && onChild(c) && DEFAULTS[c.name].some((k) => !set.has(k))) || (moves(c) && !set.has('velocityX') && !set.has('velocityY'))));
      if (!before) continue;
      const kind = Object.hasOwn(DEFAULTS, before.name) ? before.name : 'setVelocity';
      // the same setting given again after add(): nothing is lost
      const again = this.calls.some((c) => c.ctx.fn === add.ctx.fn && c.n.start > add.n.end && ((c.name === kind && [child, child + '.body'].includes(this.chainRoot(c.n))) || (kind === 'setVelocity' && moves(c))));
      if (again) continue;
      const key = DEFAULTS[kind].find((k) => !set.has(k));
      const full = this.code.slice(before.n.start, before.n.end).replace(/\s+/g, ' ');
      const text = full.length > 60 ? `${child}.${before.name}(...)` : full;
      this.add('never_fires', true, `${text} (line ${lineOf(before.n)}) is undone by ${add.on}.add(${child}) (line ${lineOf(add.n)}): adding a body to a physics group gives it the group's defaults (${key} among them), so the ${key.replace(/[XY]$/, '')} set before add() is lost (set it after add(), or put ${key} in the group's config)`, lineOf(add.n), `${key} in the group config`);
      return;
    }
  }

  // a HUD text ('Gems: 0 / 30', changed by setText) made at the top of the first screen of a world wider or taller than
  // the view that the main camera follows, and never fixed to the screen: it scrolls away with the world
  hudLeftInTheWorld() {
    const num = (n) => this.numberOf(n);
    const follow = this.calls.find((c) => c.name === 'startFollow' && /(^|\.)cameras\.main$/.test(c.on || ''));
    if (!follow || /\.ignore\s*\(|setScrollFactor\s*\(\s*0\s*\)\s*;?\s*\}\s*\)|scrollFactor\s*:/.test(this.bare())) return;
    const view = this.viewSize();
    // scroll factors set in a loop or through Actions (texts.forEach((t) => t.setScrollFactor(0))): not followed here
    const bound = new Set(this.bindings().map(([p]) => p));
    if (/SetScrollFactor/.test(this.bare()) || this.calls.some((c) => /^setScrollFactor/.test(c.name) && !bound.has(this.chainRoot(c.n)) && !/(^|\.)(add|make)$/.test(this.chainRoot(c.n) || ''))) return;
    const bounds = this.calls.find((c) => c.name === 'setBounds' && /(^|\.)cameras\.main$/.test(c.on || '') && c.n.arguments.length >= 4);
    if (!bounds || !view) return;
    const [, , bw, bh] = bounds.n.arguments;
    if (!((num(bw) || 0) >= 1.5 * view.w || (num(bh) || 0) >= 1.5 * view.h)) return;
    // (a text made in another scene class is under that scene's own camera, which does not follow)
    const classOf = (n) => this.classes.find((k) => k.start <= n.start && k.end >= n.end) || null;
    const followClass = classOf(follow.n);
    for (const [path, value] of this.bindings()) {
      const { made: v, chain } = this.creation(value);
      if (!v || !/(^|\.)add\.(text|bitmapText)$/.test(memberPath(v.callee) || '') || chain.some((c) => c.callee.property.name === 'setScrollFactor')) continue;
      if (classOf(v) !== followClass) continue;
      const [x, y, text] = v.arguments;
      const tx = num(x); const ty = num(y);
      if (tx === null || ty === null || tx < 0 || ty < 0 || tx > 200 || ty > 120) continue;
      if (!text || !(text.type === 'Literal' || text.type === 'TemplateLiteral') || !/^[^\n]{1,24}[:：]\s*(\d|\$\{)/.test(this.code.slice(text.start + 1, text.end - 1))) continue;
      const own = this.calls.filter((c) => this.chainRoot(c.n) === path || c.on === path);
      if (!own.some((c) => c.name === 'setText') || own.some((c) => /^setScrollFactor/.test(c.name))) continue;
      if (this.assigns.some((a) => a.path.startsWith(path + '.scrollFactor')) || this.calls.some((c) => /^(add|addAt|addMultiple)$/.test(c.name) && c.n.arguments.some((a) => memberPath(a) === path || (a.type === 'ArrayExpression' && a.elements.some((e) => e && memberPath(e) === path))))) continue;
      if (this.calls.some((c) => /\.add\.container$/.test(c.on ? c.on + '.' + c.name : '') && c.n.arguments.some((a) => a.type === 'ArrayExpression' && a.elements.some((e) => e && memberPath(e) === path)))) continue;
      const line = lineOf(v);
      this.add('misplaced', true, `${path} (line ${line}), a HUD text the code updates with setText, sits in the world at (${tx}, ${ty}) while the main camera follows (line ${lineOf(follow.n)}) across a world larger than the view (setBounds, line ${lineOf(bounds.n)}): it scrolls off the screen (setScrollFactor(0) fixes it to the screen)`, line, 'setScrollFactor(0)');
      return;
    }
  }



  // this.add.text(400, 300, 'YOU WIN!') made when the level ends, at the middle of the view in world coordinates,
  // while the camera follows across a world larger than the view: the camera is elsewhere by then, the banner
  // is made off the screen
  bannerAtViewCentre() {
    const follow = this.calls.find((c) => c.name === 'startFollow' && /(^|\.)cameras\.main$/.test(c.on || ''));
    const bounds = this.calls.find((c) => c.name === 'setBounds' && /(^|\.)cameras\.main$/.test(c.on || '') && c.n.arguments.length >= 4);
    const view = this.viewSize();
    if (!follow || !bounds || !view || /\.ignore\s*\(|cameras\.add\s*\(|scrollFactor\s*:/.test(this.bare())) return;
    const bw = this.numberOf(bounds.n.arguments[2]) || 0;
    if (bw < 2 * view.w) return;
    const starts = new Set(['create', 'preload', 'init', 'constructor']);
    for (const c of this.calls) {
      if (!/^(text|bitmapText)$/.test(c.name) || !/(^|\.)add$/.test(c.on || '') || c.ctx.cls !== follow.ctx.cls) continue;
      const [x, y] = c.n.arguments;
      if (this.numberOf(x) !== view.w / 2 || this.numberOf(y) !== view.h / 2) continue;
      // the function it runs in, past callbacks of array loops: a handler or a method other than the scene's start
      const { roles, handedTo, fn } = c.ctx;
      let k = roles.length - 1;
      while (k >= 0 && roles[k] === null && /(^|\.)(forEach|map|filter|iterate|each|some|every|find|call)$/.test(handedTo[k] || '')) k--;
      if (k < 0 || starts.has(roles[k])) continue;
      const where = roles[k] ? `${roles[k]}()` : 'a handler';
      // fixed to the screen after all (in the function it is made in)
      if (!fn || /setScrollFactor|scrollFactor/.test(this.code.slice(fn.start, fn.end))) continue;
      this.add('misplaced', true, `this.add.${c.name}(${view.w / 2}, ${view.h / 2}, ...) (line ${lineOf(c.n)}) in ${where} puts the text at the middle of the first screen of the world, while the main camera follows (line ${lineOf(follow.n)}) across a world ${bw} px wide (setBounds, line ${lineOf(bounds.n)}): when ${where} runs the camera is elsewhere, so the text is made off the screen (setScrollFactor(0) fixes it to the screen)`, lineOf(c.n), 'setScrollFactor(0)');
      return;
    }
  }

  // physics.add.overlap(player, coinLayer, collect) whose callback never looks at the tile it gets: an overlap with a
  // tilemap layer calls back for every tile near the body, empty ones (index -1) and all, every frame (only a collider
  // keeps to colliding tiles), so what the callback does (a coin counted) happens all the time, anywhere
  tileOverlapUnfiltered() {
    const layers = this.madeBy(/\.(createLayer|createBlankLayer|createStaticLayer|createDynamicLayer)$/);
    if (!layers.size) return;
    const none = (a) => !a || (a.type === 'Literal' && a.value === null) || (a.type === 'Identifier' && a.name === 'undefined');
    for (const c of this.calls) {
      if (c.name !== 'overlap' && c.name !== 'addOverlap') continue;
      const args = c.n.arguments;
      if (args.length < 3 || !none(args[3])) continue;
      const at = [0, 1].find((i) => args[i] && layers.has(memberPath(args[i])));
      if (at === undefined) continue;
      const h = args[2];
      const name = h.type === 'Identifier' ? h.name : h.type === 'MemberExpression' && !h.computed ? h.property.name : null;
      const bound = h.type === 'Identifier' ? this.bindings().find(([path, v]) => path === h.name && /Function/.test(v.type)) : null;
      const fn = /Function/.test(h.type) ? h : bound ? bound[1] : name ? this.functionsByName().get(name) : null;
      if (!fn || !fn.body || fn.params.some((p) => p.type !== 'Identifier')) continue;
      const looked = this.paramBodies(fn, at).some(({ name: tile, body }) => {
        const text = this.code.slice(body.start, body.end);
        const t = tile.replace(/\$/g, '\\$');
        // its index or properties read, or the tile handed to something the analysis does not follow
        return new RegExp(`\\b${t}\\s*\\.\\s*(index|properties|collides|canCollide|collisionCallback|tileset|alpha|visible)\\b|\\b${t}\\s*(\\[|===?|!==?|&&|\\|\\||\\?)|[!(]\\s*${t}\\s*\\)`).test(text)
          || new RegExp(`[(,]\\s*${t}\\s*[,)]`).test(text.replace(new RegExp(`removeTile\\s*\\(\\s*${t}\\s*[,)]`, 'g'), ''));
      });
      const text = this.code.slice(fn.body.start, fn.body.end);
      if (looked || /getTileAt|hasTileAt|getTilesWithin|\.index\b/.test(text)) continue;
      // something happens: a count, a text, a removal, a scene change
      if (!/\+\+|\+=|-=|--|setText|removeTile|destroy|scene\.(start|restart)|emit\s*\(/.test(text)) continue;
      this.add('never_fires', true, `physics.add.overlap(..., ${memberPath(args[at])}, ...) (line ${lineOf(c.n)}): an overlap with a tilemap layer calls its callback for every tile near the body, empty ones (index -1) too, every frame, and the callback never looks at the tile's index, so what it does happens all the time, anywhere (test tile.index first, or use setTileIndexCallback)`, lineOf(c.n), 'a tile index test');
      return;
    }
  }

  // map.setTileIndexCallback(COIN, ...) on tiles that do not collide, with only a collider on the layer: a collider
  // tests only colliding tiles, so the callback never runs (physics.add.overlap(player, layer) tests every tile)
  tileCallbackOnlyCollider() {
    const cb = this.calls.find((c) => c.name === 'setTileIndexCallback' && c.n.arguments.length >= 2);
    if (!cb || this.calls.some((c) => c.name === 'overlap' || c.name === 'setTileLocationCallback')) return;
    const indexes = [];
    const a0 = cb.n.arguments[0];
    for (const e of a0.type === 'ArrayExpression' ? a0.elements : [a0]) { const v = this.numberOf(e); if (v === null) return; indexes.push(v); }
    const colliding = new Set();
    for (const c of this.calls) {
      const args = c.n.arguments;
      if (c.name === 'setCollision' && args[0]) {
        for (const e of args[0].type === 'ArrayExpression' ? args[0].elements : [args[0]]) { const v = this.numberOf(e); if (v === null) return; colliding.add(v); }
      } else if (c.name === 'setCollisionBetween' && args.length >= 2) {
        const a = this.numberOf(args[0]); const b = this.numberOf(args[1]);
        if (a === null || b === null || b - a > 10000) return;
        for (let i = a; i <= b; i++) colliding.add(i);
      } else if (/^setCollision(ByExclusion|ByProperty|FromCollisionGroup)$/.test(c.name)) return;
    }
    if (!colliding.size || !this.calls.some((c) => c.name === 'collider')) return;
    const idle = indexes.filter((i) => !colliding.has(i));
    if (idle.length !== indexes.length) return;
    this.add('never_fires', true, `setTileIndexCallback(${this.code.slice(a0.start, a0.end)}, ...) (line ${lineOf(cb.n)}) on tiles that do not collide (only ${[...colliding].slice(0, 6).join(', ')} do), and the layer has only a collider: a collider tests colliding tiles only, so the callback never runs (physics.add.overlap(player, layer) tests every tile)`, lineOf(cb.n), 'physics.add.overlap(player, layer)');
  }

  // this.cameras.main.ignore(hud) where hud is a screen-fixed text the code updates: the main camera never draws it, and
  // the other camera (a minimap) draws it scaled down at its own place (minimap.ignore(hud) was meant)
  hudIgnoredByMain() {
    const mains = this.mainCameraPaths();
    if (!this.calls.some((c) => c.name === 'add' && /(^|\.)cameras$/.test(c.on || ''))) return;
    // a minimap: a zoomed-out second camera over a main camera that keeps the whole view (split screens ignore each
    // other's HUDs on purpose)
    const zoomedOut = this.calls.some((c) => c.name === 'setZoom' && !mains.has(this.chainRoot(c.n)) && (this.numberOf(c.n.arguments[0]) ?? 1) < 0.6);
    if (!zoomedOut || this.calls.some((c) => /^(setViewport|setSize)$/.test(c.name) && mains.has(this.chainRoot(c.n)))) return;
    const texts = new Set();
    for (const [path, value] of this.bindings()) {
      const { made: v, chain } = this.creation(value);
      if (!v || !/(^|\.)add\.(text|bitmapText)$/.test(memberPath(v.callee) || '')) continue;
      const fixed = chain.some((c) => c.callee.property.name === 'setScrollFactor' && this.numberOf(c.arguments[0]) === 0)
        || this.calls.some((c) => c.name === 'setScrollFactor' && this.chainRoot(c.n) === path && this.numberOf(c.n.arguments[0]) === 0);
      if (fixed && this.calls.some((c) => c.name === 'setText' && (this.chainRoot(c.n) === path || c.on === path))) texts.add(path);
    }
    for (const c of this.calls) {
      if (c.name !== 'ignore' || !mains.has(c.on)) continue;
      const a = c.n.arguments[0];
      const hud = (a && a.type === 'ArrayExpression' ? a.elements : [a]).map((e) => e && memberPath(e)).find((p) => texts.has(p));
      if (!hud) continue;
      this.add('never_fires', true, `${c.on}.ignore(${hud}) (line ${lineOf(c.n)}): ${hud} is a HUD text fixed to the screen that the code updates, and the main camera now never draws it; only the other camera does, scaled to its own viewport (the other camera's ignore(${hud}) was meant)`, lineOf(c.n), 'minimap.ignore(hud)');
      return;
    }
  }

  // a click handler that turns pointer.x / pointer.y into a grid cell while the main camera is scrolled or zoomed
  // (centerOn, setScroll, setZoom): x and y are screen coordinates, the board is laid out in the world (worldX, worldY)
  screenPointerOnMovedCamera() {
    if (/getWorldPoint|worldX|worldY|positionToCamera/.test(this.bare())) return;
    const main = (c) => /(^|\.)cameras\.main$/.test(this.chainRoot(c.n) || '') || /(^|\.)cameras\.main$/.test(c.on || '');
    const view = this.viewSize();
    const offCentre = (args) => view && args.length === 2 && args.every((a) => this.arithmetic(a) !== null)
      && (this.arithmetic(args[0]) !== view.w / 2 || this.arithmetic(args[1]) !== view.h / 2);
    const moved = this.calls.find((c) => main(c) && ((c.name === 'centerOn' && offCentre(c.n.arguments))
      || (c.name === 'setScroll' && c.n.arguments.some((a) => (this.numberOf(a) ?? 0) !== 0))
      || (c.name === 'setZoom' && this.numberOf(c.n.arguments[0]) !== null && this.numberOf(c.n.arguments[0]) !== 1)))
      || this.assigns.find((a) => /(^|\.)cameras\.main\.(scrollX|scrollY|zoom)$/.test(a.path) && literalValue(a.value).ok && ![0, 1].includes(literalValue(a.value).value))
      // a camera dragged or scrolled by the program (cam.scrollX -= pointer.x - pointer.prevPosition.x, scrollX += 6)
      || this.assigns.find((a) => /\.scroll[XY]$/.test(a.path) && this.mainCameraPaths().has(a.path.replace(/\.scroll[XY]$/, '')) && (a.op !== '=' || !literalValue(a.value).ok));
    if (!moved) return;
    // the scene's pointer handlers, and methods that take the pointer (tileAt(pointer)) they hand it to
    const handlers = this.calls.filter((c) => { const [ev, fn] = c.n.arguments; return c.name === 'on' && /(^|\.)input$/.test(c.on || '') && ev && ev.type === 'Literal' && /^pointer(down|up|move)$/.test(ev.value) && fn && /Function/.test(fn.type); }).map((c) => c.n.arguments[1]);
    for (const f of this.functionsByName().values()) if (f.params[0] && f.params[0].type === 'Identifier' && /^(pointer|ptr)$/i.test(f.params[0].name)) handlers.push(f);
    if (!handlers.length) return;
    for (const fn of handlers) {
      const p = fn.params[0];
      if (!p || p.type !== 'Identifier') continue;
      let cell = null;
      walk(fn.body, (n) => {
        if (cell || n.type !== 'CallExpression' || memberPath(n.callee) !== 'Math.floor' || !n.arguments[0]) return;
        const inner = this.code.slice(n.arguments[0].start, n.arguments[0].end);
        if (new RegExp(`\\b${p.name}\\.(x|y)\\b`).test(inner) && /\//.test(inner)) cell = n;
      });
      if (!cell) continue;
      const line = lineOf(cell);
      this.add('wrong_argument', true, `${this.code.slice(cell.start, cell.end).slice(0, 60)} (line ${line}) finds the cell from ${p.name}.x / ${p.name}.y, the pointer's place on the screen, but the main camera is ${moved.name === 'setZoom' || /zoom$/.test(moved.path || '') ? 'zoomed' : 'scrolled'} (line ${moved.n ? lineOf(moved.n) : moved.line}), so the screen is not the world the board is laid out in: clicks land on the wrong cells (${p.name}.worldX / ${p.name}.worldY)`, line, `${p.name}.worldX`);
      return;
    }
  }

  // a scene-wide pointer handler that finds the cell with Math.floor(pointer.x / SIZE) while the cells are drawn from
  // an offset: in a Container placed away from (0, 0), or at BOARD_X + col * SIZE. The pointer's place is never taken
  // into the board's space, so a click lands on a cell columns or rows away from the one under it
  boardOffsetForgotten() {
    const src = (n) => this.code.slice(n.start, n.end);
    for (const c of this.calls) {
      const [ev, fn] = c.n.arguments;
      if (c.name !== 'on' || !/(^|\.)input$/.test(c.on || '') || !ev || ev.type !== 'Literal' || !/^pointer(down|up)$/.test(ev.value) || !fn || !/Function/.test(fn.type)) continue;
      const p = fn.params[0];
      if (!p || p.type !== 'Identifier') continue;
      const cells = []; // {floor, axis, size}
      walk(fn.body, (n, parent) => {
        if (n.type !== 'CallExpression' || memberPath(n.callee) !== 'Math.floor' || !n.arguments[0] || (parent && parent.type === 'BinaryExpression' && /^[-+]$/.test(parent.operator))) return;
        const a = n.arguments[0];
        if (a.type !== 'BinaryExpression' || a.operator !== '/' || a.left.type !== 'MemberExpression' || a.left.computed || a.left.object.type !== 'Identifier' || a.left.object.name !== p.name) return;
        const axis = { x: 0, worldX: 0, y: 1, worldY: 1 }[a.left.property.name];
        const size = this.numberOf(a.right);
        if (axis !== undefined && size) cells.push({ floor: n, axis, size, sizeText: src(a.right) });
      });
      for (const cell of cells) {
        const offset = this.boardOffset(cell);
        if (!offset) continue;
        const line = lineOf(cell.floor);
        const coord = cell.axis ? 'y' : 'x';
        this.add('wrong_argument', true, `${src(cell.floor).slice(0, 60)} (line ${line}) finds the cell from ${p.name}.${coord}, the pointer's place in the scene, but the cells are drawn from ${offset.what} (line ${offset.line}), ${offset.by} px further ${cell.axis ? 'down' : 'right'}: a click lands on a cell about ${Math.round(offset.by / cell.size)} ${cell.axis ? 'rows' : 'columns'} away from the one under it (subtract the board's ${coord} first)`, line, `(${p.name}.${coord} - board ${coord}) / ${cell.sizeText}`);
        return;
      }
    }
  }

  // where a board of cells of this size starts on one axis, if not at 0: cells made at OFFSET + i * SIZE, or at
  // i * SIZE in a Container placed at OFFSET. { what, line, by } or null
  boardOffset({ axis, size, sizeText }) {
    const src = (n) => this.code.slice(n.start, n.end);
    const terms = (n, out = []) => { if (n.type === 'BinaryExpression' && n.operator === '+') { terms(n.left, out); terms(n.right, out); } else out.push(n); return out; };
    // i * SIZE with i a counter (ROWS * SIZE, a constant count, is the board's far edge: a HUD under the board)
    const stepped = (t) => t.type === 'BinaryExpression' && t.operator === '*' && [[t.left, t.right], [t.right, t.left]].some(([f, g]) => src(f) === sizeText && this.numberOf(g) === null);
    const containers = new Map(); // path -> the add.container call
    for (const [path, v] of this.bindings()) if (v.type === 'CallExpression' && /(^|\.)add\.container$/.test(memberPath(v.callee) || '')) containers.set(path, v);
    // a tilemap layer made away from the origin: map.createLayer(0, tiles, OX, OY)
    for (const c of this.calls) {
      if (!/^create(Blank|Static|Dynamic)?Layer$/.test(c.name)) continue;
      const at = c.n.arguments[2 + axis];
      const by = at ? this.numberOf(at) : null;
      if (by >= size / 2) return { what: `the layer ${src(c.n).replace(/\s+/g, ' ').slice(0, 50)}`, line: lineOf(c.n), by };
    }
    const CELLS = /^(rectangle|image|sprite|text|circle|ellipse|star|zone|bitmapText|fillRect|strokeRect|fillRoundedRect|fillCircle|setPosition)$/;
    for (const c of this.calls) {
      const at = c.n.arguments[axis];
      if (!CELLS.test(c.name) || !at) continue;
      const ts = terms(at);
      if (!ts.some(stepped)) continue;
      const rest = ts.filter((t) => !stepped(t) && !src(t).includes(sizeText));
      // half a cell on what is placed by its centre (an image, a circle, a text given setOrigin(0.5)) is the cell's middle
      const byCentre = /^(rectangle|image|sprite|circle|ellipse|star|zone|fillCircle)$/.test(c.name) || /^\s*\.\s*setOrigin\s*\(\s*0?\.5\b/.test(this.code.slice(c.n.end, c.n.end + 40));
      const centred = byCentre && !/^\s*\.\s*setOrigin\s*\(\s*0\s*[,)]/.test(this.code.slice(c.n.end, c.n.end + 40));
      if (rest.length === 1 && this.numberOf(rest[0]) >= size / 2 && !(centred && this.numberOf(rest[0]) === size / 2)) return { what: src(at).slice(0, 40), line: lineOf(c.n), by: this.numberOf(rest[0]) };
      if (rest.length) continue;
      // the cell is kept in a name that goes into a Container placed away from the origin
      const decl = [...this.decls].find(([, ds]) => ds.some((d) => d.init && this.creation(d.init).made === c.n));
      const name = decl ? decl[0] : null;
      for (const [path, made] of containers) {
        const by = this.numberOf(made.arguments[axis]);
        if (!(by >= size / 2)) continue;
        const holds = this.calls.some((k) => k.name === 'add' && k.on === path && k.n.arguments.some((a) => (name && a.type === 'Identifier' && a.name === name) || a === c.n || (a.type === 'CallExpression' && this.creation(a).made === c.n)));
        if (holds) return { what: `the Container ${path} at (${src(made.arguments[0])}, ${src(made.arguments[1] || made.arguments[0])})`, line: lineOf(made), by };
      }
    }
    return null;
  }

  // this.cooldown = this.time.addEvent({ delay }) and later this.cooldown.reset({...}) to run it again: a timer that
  // has fired its last is dropped by the clock, and reset() does not add it back, so it never fires again after the
  // first time (this.time.addEvent(this.cooldown.reset({...})), or a new addEvent each time)
  timerResetAfterDone() {
    // addEvent({ ... }) or addEvent(config) with const config = { ... }
    const configOf = (call) => {
      const a = call.arguments[0];
      if (a && a.type === 'ObjectExpression') return a;
      const d = a && a.type === 'Identifier' ? this.decls.get(a.name) : null;
      return d && d.length === 1 && d[0].init && d[0].init.type === 'ObjectExpression' && !this.writes.get(a.name) ? d[0].init : null;
    };
    const timers = new Map(); // path -> the addEvent call
    for (const a of this.assigns) {
      const v = a.value;
      if (v.type === 'CallExpression' && /(^|\.)time\.addEvent$/.test(memberPath(v.callee) || '') && configOf(v)) timers.set(a.path, timers.has(a.path) ? null : v);
      else if (timers.has(a.path)) timers.set(a.path, null);
    }
    for (const [name, ds] of this.decls) if (ds.length === 1 && ds[0].init && ds[0].init.type === 'CallExpression' && /(^|\.)time\.addEvent$/.test(memberPath(ds[0].init.callee) || '') && configOf(ds[0].init) && !this.writes.get(name)) timers.set(name, ds[0].init);
    for (const [path, call] of timers) {
      if (!call) continue;
      const keys = new Map(configOf(call).properties.filter((p) => p.type === 'Property' && p.key).map((p) => [p.key.name || String(p.key.value), p.value]));
      if (keys.has('loop') || (keys.has('repeat') && !(literalValue(keys.get('repeat')).ok && literalValue(keys.get('repeat')).value === 0))) continue;
      // a stopwatch with no callback and a delay a game never reaches (an hour): it is never done, so reset() restarts it
      if (!keys.has('callback') && (this.arithmetic(keys.get('delay')) || 0) >= 60000) continue;
      const reset = this.calls.find((c) => c.name === 'reset' && c.on === path);
      if (!reset) continue;
      const readded = this.calls.some((c) => c.name === 'addEvent' && c.n.arguments[0] && (memberPath(c.n.arguments[0]) === path || this.chainRoot({ callee: { object: c.n.arguments[0] } }) === path || (c.n.arguments[0].type === 'CallExpression' && this.chainRoot(c.n.arguments[0]) === path)));
      if (readded) continue;
      this.add('never_fires', true, `${path}.reset(...) (line ${lineOf(reset.n)}) to run the timer made at line ${lineOf(call)} again: a timer that has fired its last is dropped by the clock, and reset() does not add it back, so after the first time it never fires again (this.time.addEvent(${path}.reset({...})), or make a new timer each time)`, lineOf(reset.n), `time.addEvent(${path}.reset(...))`);
      return;
    }
  }

  // parallax TileSprites whose texture scrolls with the camera (tilePositionX = cam.scrollX * f) but that are world
  // objects (no setScrollFactor(0)): the camera leaves them behind and the background slides off the screen
  parallaxLeftInTheWorld() {
    const tied = this.assigns.find((a) => /\.tilePosition[XY]$/.test(a.path) && /\bscroll[XY]\b/.test(this.code.slice(a.value.start, a.value.end)));
    if (!tied) return;
    const moves = this.assigns.some((a) => /\.scroll[XY]$/.test(a.path)) || this.calls.some((c) => /^(startFollow|setScroll|pan)$/.test(c.name));
    if (!moves || /scrollFactor|SetScrollFactor/.test(this.bare())) return;
    const view = this.viewSize();
    let loose = false;
    let made = null;
    for (const c of this.calls) {
      if (c.name === 'setScrollFactor') {
        const root = this.creation(c.n).made;
        if (!root || !/(^|\.)add\.\w+$/.test(memberPath(root.callee) || '')) loose = true; // set on a name or in a loop: not followed
      }
      if (c.name === 'tileSprite' && /(^|\.)add$/.test(c.on || '')) {
        const w = this.numberOf(c.n.arguments[2]);
        if (w !== null && view && w <= view.w && !made) made = c;
      }
    }
    if (loose || !made) return;
    const fixed = this.calls.some((c) => c.name === 'setScrollFactor' && /(^|\.)add\.tileSprite$/.test(memberPath((this.creation(c.n).made || {}).callee) || ''));
    if (fixed) return;
    this.add('misplaced', true, `${tied.path} = ... scrollX (line ${tied.line}) scrolls a TileSprite's texture with the camera, but the TileSprite (line ${lineOf(made.n)}) is a world object the size of the view with no setScrollFactor(0): the camera moves away from it and the background slides off the screen (setScrollFactor(0) keeps it on the screen)`, tied.line, 'setScrollFactor(0)');
  }

  // emitter.explode(x, y, count): explode takes (count, x, y), so the x is the number of particles and the burst lands
  // at (y, count) (emitParticleAt takes x, y first)
  explodeArgumentOrder() {
    // the program's own explode(x, y, colour) (a scene method, a function): its own order
    const own = this.functionsByName().has('explode') || this.props.some((q) => q.key === 'explode' && /Function/.test(q.value.type));
    for (const c of this.calls) {
      if (c.name !== 'explode' || c.n.arguments.length !== 3 || (own && (c.on === 'this' || c.on === null || c.on === undefined || c.on === 'scene'))) continue;
      const [a, b] = c.n.arguments.map((n) => memberPath(n) || (n.type === 'Identifier' ? n.name : ''));
      if (!/(^|\.)(x|worldX)$|^x$/.test(a) || !/(^|\.)(y|worldY)$|^y$/.test(b)) continue;
      this.add('wrong_argument', true, `explode(${a}, ${b}, ...) (line ${lineOf(c.n)}): explode takes (count, x, y), so ${a} is the number of particles and the burst lands at (${b}, ...), far from the point meant (explode(count, ${a}, ${b}); emitParticleAt takes x and y first)`, lineOf(c.n), 'explode(count, x, y)');
      return;
    }
  }

  // group.clear() with no arguments on a group of drawn objects: it only empties the group (removeFromScene and
  // destroyChild default to false), so the objects stay on the screen and keep their input (clear(true, true))
  groupClearLeavesMembers() {
    const groups = this.madeBy(/(^|\.)(add\.group|physics\.add\.group|physics\.add\.staticGroup)$/);
    for (const c of this.calls) {
      if (c.name !== 'clear' || !groups.has(c.on)) continue;
      const a = c.n.arguments[0];
      if (a && !(a.type === 'Literal' && a.value === false)) continue;
      const shown = this.calls.some((k) => k.on === c.on && ((k.name === 'create') || (k.name === 'add' && k.n.arguments[0]
        && ((k.n.arguments[0].type === 'CallExpression' && /(^|\.)add\.\w+$/.test(memberPath((this.creation(k.n.arguments[0]).made || {}).callee) || ''))
          || this.madeAt().has(memberPath(k.n.arguments[0]) || '')))));
      if (!shown) continue;
      const fnText = c.ctx.fn ? this.code.slice(c.ctx.fn.start, c.ctx.fn.end) : '';
      if (/destroy\s*\(|setVisible\s*\(\s*false|killAndHide|removeFromDisplayList|\.visible\s*=\s*false|setActive\s*\(\s*false/.test(fnText)) continue;
      this.add('never_fires', true, `${c.on}.clear(${a ? 'false' : ''}) (line ${lineOf(c.n)}) only takes the objects out of the group: removeFromScene and destroyChild default to false, so they stay on the screen${/setInteractive/.test(this.code) ? ' and keep taking clicks' : ''} (${c.on}.clear(true, true))`, lineOf(c.n), `${c.on}.clear(true, true)`);
      return;
    }
  }

  // key.justDown / key.justUp: Phaser 2's Key properties; a Phaser 3 Key has neither (Phaser.Input.Keyboard.JustDown(key)
  // or key.isDown), so the test is always undefined and what it guards never runs
  phaser2KeyFlags() {
    if (this.assigns.some((a) => /\.just(Down|Up)$/.test(a.path)) || /just(Down|Up)\s*[:(]/.test(this.bare())) return;
    walk(this.ast, (n) => {
      if (this.keyFlagFound || n.type !== 'MemberExpression' || n.computed || !['justDown', 'justUp', 'justPressed', 'justReleased'].includes(n.property.name)) return;
      this.keyFlagFound = true;
      const path = memberPath(n) || this.code.slice(n.start, n.end);
      const fn = n.property.name === 'justUp' || n.property.name === 'justReleased' ? 'JustUp' : 'JustDown';
      this.add('never_fires', true, `${path} (line ${lineOf(n)}) is Phaser 2's key flag: a Phaser 3 Key has no ${n.property.name}, so it is always undefined and what it guards never runs (Phaser.Input.Keyboard.${fn}(key))`, lineOf(n), `Phaser.Input.Keyboard.${fn}(key)`);
    });
  }

  // camera.startFollow(g) of a Graphics that sits at the origin and draws its shape far from it (fillCircle(400, 300)):
  // the camera follows the Graphics' own position, so it centres on the origin, not on the drawing
  followedGraphicsDrawnAway() {
    const follow = this.calls.find((c) => c.name === 'startFollow' && c.n.arguments[0]);
    const target = follow && memberPath(follow.n.arguments[0]);
    const made = target && this.madeBy(/(^|\.)add\.graphics$/).has(target) ? this.bindings().find(([p]) => p === target) : null;
    if (!made || (made[1].arguments[0] && made[1].arguments[0].type === 'ObjectExpression')) return;
    const draws = this.calls.filter((c) => this.chainRoot(c.n) === target && /^(fill|stroke)(Circle|Rect|Ellipse|RoundedRect|Triangle)$/.test(c.name));
    if (!draws.length || this.calls.some((c) => this.chainRoot(c.n) === target && /^(setPosition|setX|setY|copyPosition)$/.test(c.name))) return;
    const far = draws.every((c) => { const x = this.numberOf(c.n.arguments[0]); const y = this.numberOf(c.n.arguments[1]); return x !== null && y !== null && Math.abs(x) + Math.abs(y) >= 150; });
    if (!far) return;
    const d = draws[0];
    this.add('misplaced', true, `startFollow(${target}) (line ${lineOf(follow.n)}) follows the Graphics' own position, but it draws at (${this.code.slice(d.n.arguments[0].start, d.n.arguments[1].end)}) (line ${lineOf(d.n)}) in its own space: the camera centres on the Graphics' origin, far from the drawing (draw at (0, 0) and move the Graphics with setPosition)`, lineOf(follow.n), 'a drawing around the Graphics\' origin');
  }

  // a pool whose falling speed comes only from the group's config (velocityY): the config is applied when a member is
  // made, disableBody() stops the body and enableBody() does not give the speed back, so reused members stand still
  poolSpeedOnlyFromConfig() {
    for (const [path, value] of this.bindings()) {
      if (value.type !== 'CallExpression' || !/(^|\.)physics\.add\.group$/.test(memberPath(value.callee) || '')) continue;
      const cfg = value.arguments.find((a) => a.type === 'ObjectExpression');
      const speed = cfg && cfg.properties.find((q) => q.type === 'Property' && q.key && /^(velocityX|velocityY)$/.test(q.key.name || q.key.value));
      if (!speed) continue;
      const fetched = this.madeBy(new RegExp(`^${path.replace(/[.$]/g, '\\$&')}\\.(get|getFirstDead|getFirst)$`));
      const revived = this.calls.find((c) => c.name === 'enableBody' && fetched.has(this.chainRoot(c.n)));
      if (!revived || !this.calls.some((c) => c.name === 'disableBody')) continue;
      const member = this.chainRoot(revived.n);
      const moved = this.calls.some((c) => [member, member + '.body'].includes(this.chainRoot(c.n)) && /^(setVelocity|setVelocityX|setVelocityY|setAcceleration|setAccelerationX|setAccelerationY|setGravityY|setGravity)$/.test(c.name))
        || this.assigns.some((a) => a.path.startsWith(member + '.body.velocity') || a.path.startsWith(member + '.body.acceleration'))
        || this.calls.some((c) => /^(moveTo|moveToObject|accelerateTo|velocityFromRotation|velocityFromAngle)$/.test(c.name))
        || this.gravityYs().some((y) => !(literalValue(y).ok && literalValue(y).value === 0));
      if (moved) continue;
      const key = speed.key.name || speed.key.value;
      this.add('never_fires', true, `${member}.enableBody(...) (line ${lineOf(revived.n)}) reuses a member of ${path}, whose ${key} comes only from the group's config (line ${lineOf(speed)}): the config is applied when a member is made, disableBody() stops the body and enableBody() does not give the speed back, so a reused member stands still (set ${member}.setVelocity${key.slice(-1)}(...) after enableBody)`, lineOf(revived.n), `setVelocity${key.slice(-1)} on reuse`);
      return;
    }
  }

  // time.delayedCall(COOLDOWN_SECONDS, ...) / addEvent({ delay: 3 }): a delay of 2-9 ms, or one named in seconds, is
  // seconds written where Phaser counts milliseconds: it is over within a frame
  timerDelayInSeconds() {
    for (const c of this.calls) {
      let delay = null;
      if (c.name === 'delayedCall' && /(^|\.)time$/.test(c.on || '')) delay = c.n.arguments[0];
      else if (c.name === 'addEvent' && /(^|\.)time$/.test(c.on || '') && c.n.arguments[0] && c.n.arguments[0].type === 'ObjectExpression') {
        const p = c.n.arguments[0].properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'delay');
        delay = p ? p.value : null;
      }
      const ms = delay ? this.numberOf(delay) : null;
      // a name (COOLDOWN, CFG.invincible, this.cooldown) rather than a number written in place
      const named = delay && (delay.type === 'Identifier' || delay.type === 'MemberExpression');
      // TIME_LIMIT = 15 (a comment says seconds, or a one-second timer repeats it as a countdown) given as milliseconds
      if (named && delay.type === 'Identifier' && ms !== null && ms >= 10 && ms < 600) {
        const d = (this.decls.get(delay.name) || [])[0];
        const line = d ? this.code.split('\n')[d.line - 1] || '' : '';
        // a one-second timer that repeats it (a countdown: { delay: 1000, repeat: TIME_LIMIT - 1 })
        const counted = this.calls.some((k) => k.name === 'addEvent' && k.n.arguments[0] && k.n.arguments[0].type === 'ObjectExpression' && (() => {
          const props = new Map(k.n.arguments[0].properties.filter((q) => q.type === 'Property' && q.key).map((q) => [q.key.name || q.key.value, q.value]));
          return props.has('repeat') && this.numberOf(props.get('delay')) === 1000 && new RegExp(`\\b${delay.name}\\b`).test(this.code.slice(props.get('repeat').start, props.get('repeat').end));
        })());
        if (/\/\/.*(秒|\bseconds?\b|\bsecs?\b)|\/\*.*(秒|seconds?)/i.test(line) || counted) {
          const text = this.code.slice(delay.start, delay.end);
          this.add('wrong_argument', true, `${c.name}(${c.name === 'addEvent' ? '{ delay: ' + text + ' }' : text + ', ...'}) (line ${lineOf(c.n)}): the delay is in milliseconds, and ${text} = ${ms} counts seconds (${counted ? 'a one-second timer repeats it' : 'its declaration says so'}, line ${d ? d.line : '?'}), so it is over after ${ms} ms (${text} * 1000)`, lineOf(c.n), `${text} * 1000`);
          return;
        }
      }
      if (ms === null || !(ms > 0) || ms >= 10) continue;
      // a named constant (COOLDOWN = 1) is a duration someone chose; a literal 1 may mean "the next frame"
      if (!named && ms === 1) continue;
      const text = this.code.slice(delay.start, delay.end);
      this.add('wrong_argument', true, `${c.name}(${c.name === 'addEvent' ? '{ delay: ' + text + ' }' : text + ', ...'}) (line ${lineOf(c.n)}): the delay is in milliseconds, and ${text}${text === String(ms) ? '' : ' = ' + ms} ms is less than a frame, so it is over at once (seconds written for milliseconds: ${ms * 1000})`, lineOf(c.n), 'a delay in milliseconds');
      return;
    }
  }

  // the names of Matter game objects: this.matter.add.image(...), this.matter.add.gameObject(obj, ...)
  matterObjects() {
    const matter = new Set();
    const made = (v) => /\.matter\.add\.\w+$/.test(memberPath((this.creation(v).made || {}).callee) || '');
    // a helper that returns one (function makeBall(scene, ...) { const b = scene.matter.add.image(...); ...; return b; })
    const helperMakes = (v) => {
      const name = v && v.type === 'CallExpression' ? (v.callee.type === 'Identifier' ? v.callee.name : v.callee.type === 'MemberExpression' && !v.callee.computed ? v.callee.property.name : null) : null;
      const fn = name ? this.functionsByName().get(name) : null;
      let yes = false;
      if (fn && fn.body && fn.body.type === 'BlockStatement') {
        walk(fn.body, (r) => {
          if (yes || r.type !== 'ReturnStatement' || !r.argument) return;
          const a = r.argument;
          const local = a.type === 'Identifier' ? (this.decls.get(a.name) || []).filter((d) => d.init && d.init.start >= fn.start && d.init.end <= fn.end) : [];
          yes = made(a) || local.some((d) => made(d.init))
            || (a.type === 'Identifier' && this.calls.some((c) => c.name === 'gameObject' && /\.matter\.add$/.test(c.on || '') && c.n.start >= fn.start && c.n.end <= fn.end && memberPath(c.n.arguments[0]) === a.name));
        });
      }
      return yes;
    };
    for (const [path, value] of this.bindings()) if (made(value) || helperMakes(value)) matter.add(path);
    for (const c of this.calls) if (c.name === 'gameObject' && /\.matter\.add$/.test(c.on || '') && memberPath(c.n.arguments[0])) matter.add(memberPath(c.n.arguments[0]));
    return matter;
  }

  // Matter: a sensor made without isStatic (or ignoreGravity) in a world with gravity (Matter's default is y 1): a
  // sensor collides with nothing, so it falls out of the world and nothing ever reaches it
  matterSensorFalls() {
    const ys = this.gravityYs();
    if (ys.length && ys.every((y) => literalValue(y).ok && literalValue(y).value === 0)) return;
    if (/\bmatter\s*:\s*\{[^}]*gravity\s*:\s*false/.test(this.bare()) || /(setGravity|gravity\.y\s*=)/.test(this.bare())) return;
    for (const c of this.calls) {
      if (!/\.matter\.add$/.test(c.on || '')) continue;
      const cfg = c.n.arguments.find((a) => a && a.type === 'ObjectExpression');
      if (!cfg) continue;
      const keys = new Map(cfg.properties.filter((p) => p.type === 'Property' && p.key).map((p) => [p.key.name || p.key.value, p.value]));
      const on = (k) => keys.has(k) && literalValue(keys.get(k)).ok && literalValue(keys.get(k)).value === true;
      if (!on('isSensor') || keys.has('isStatic') || keys.has('ignoreGravity') || keys.has('static')) continue;
      const name = c.name === 'gameObject' ? memberPath(c.n.arguments[0]) : (this.bindings().find(([, v]) => v === c.n) || [])[0];
      const esc = name ? name.replace(/[.$]/g, '\\$&') : null;
      if (esc && new RegExp(`${esc}(\\.body)?\\.(setStatic|setIgnoreGravity|isStatic)|Body\\.setStatic\\s*\\(\\s*${esc}|add\\.(constraint|joint|spring|worldConstraint)\\s*\\([^)]*${esc}`).test(this.bare())) continue;
      if (!esc && /setStatic|setIgnoreGravity|worldConstraint/.test(this.bare())) continue;
      this.add('never_fires', true, `this.matter.add.${c.name}(..., { isSensor: true }) (line ${lineOf(c.n)}) without isStatic: a sensor collides with nothing, so in a world with gravity it falls out of the world and nothing ever reaches it (isStatic: true)`, lineOf(c.n), 'isStatic: true');
      return;
    }
  }

  // matter: { gravity: { y: 300 } } or matter.world.setGravity(0, 300): Matter's gravity is a scale (1 is normal, times
  // 0.001), not Arcade's pixels per second squared, so bodies fall 300 times too hard and tunnel through the floor
  matterGravityInPixels() {
    for (const p of this.props) {
      if (p.key !== 'matter' || p.value.type !== 'ObjectExpression') continue;
      const g = p.value.properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'gravity' && q.value.type === 'ObjectExpression');
      const y = g && g.value.properties.find((q) => q.type === 'Property' && q.key && ['x', 'y'].includes(q.key.name || q.key.value) && Math.abs(this.numberOf(q.value) ?? 0) > 10);
      if (!y || g.value.properties.some((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'scale')) continue;
      const v = this.numberOf(y.value);
      this.add('wrong_argument', true, `matter: { gravity: { ${y.key.name || y.key.value}: ${v} } } (line ${lineOf(y)}): Matter's gravity is a scale (1 is normal, 0 none), not Arcade's pixels per second, so bodies fall ${Math.abs(v)} times too hard and go through what should hold them (gravity: { y: 1 })`, lineOf(y), 'gravity: { y: 1 }');
      return;
    }
    const set = this.calls.find((c) => c.name === 'setGravity' && /matter\.world$/.test(c.on || '') && c.n.arguments.some((a) => Math.abs(this.numberOf(a) ?? 0) > 10));
    if (set) this.add('wrong_argument', true, `${set.on}.setGravity(${set.n.arguments.map((a) => this.code.slice(a.start, a.end)).join(', ')}) (line ${lineOf(set.n)}): Matter's gravity is a scale (1 is normal), not Arcade's pixels per second, so bodies fall far too hard (setGravity(0, 1))`, lineOf(set.n), 'setGravity(0, 1)');
  }

  // onComplete: rock.destroy, delayedCall(500, coin.destroy): a game object's method handed over without its object.
  // Phaser calls it with `this` the tween or the timer, so destroy() finds no scene and does nothing, setVisible()
  // sets the tween's flag (() => rock.destroy(), or the object as callbackScope)
  unboundObjectMethod() {
    const METHODS = /^(destroy|setVisible|setActive|disableBody|kill|killAndHide)$/;
    const loose = (v) => v && v.type === 'MemberExpression' && !v.computed && METHODS.test(v.property.name) && v.object.type !== 'ThisExpression';
    for (const p of this.props) {
      if (!/^(onComplete|onStart|onUpdate|onYoyo|onRepeat|onLoop|callback)$/.test(p.key) || !loose(p.value)) continue;
      const owner = this.ownerObject(p.value);
      if (owner && owner.properties.some((q) => q.type === 'Property' && q.key && /Scope$|^callbackScope$/.test(q.key.name || q.key.value || ''))) continue;
      const text = this.code.slice(p.value.start, p.value.end);
      this.add('never_fires', true, `${p.key}: ${text} (line ${p.line}) hands over ${text.replace(/\.\w+$/, '')}'s method without its object: Phaser calls it with \`this\` the ${p.key === 'callback' ? 'timer' : 'tween'}, so ${p.value.property.name}() does not act on ${text.replace(/\.\w+$/, '')} (${p.key}: () => ${text}())`, p.line, `() => ${text}()`);
      return;
    }
    for (const c of this.calls) {
      const args = c.n.arguments;
      const at = c.name === 'delayedCall' ? 1 : ['on', 'once'].includes(c.name) ? 1 : -1;
      if (at < 0 || !loose(args[at]) || args[at + (c.name === 'delayedCall' ? 2 : 1)]) continue;
      const text = this.code.slice(args[at].start, args[at].end);
      if (c.name !== 'delayedCall' && c.on === text.replace(/\.\w+$/, '')) continue; // obj.on('x', obj.destroy): Phaser's emitter calls it with obj as this
      this.add('never_fires', true, `${c.name}(..., ${text}) (line ${lineOf(c.n)}) hands over ${text.replace(/\.\w+$/, '')}'s method without its object and without a scope: it is called with another \`this\`, so ${args[at].property.name}() does not act on ${text.replace(/\.\w+$/, '')} (() => ${text}())`, lineOf(c.n), `() => ${text}()`);
      return;
    }
  }

  // the object literal a property value sits in
  ownerObject(value) {
    let found = null;
    walk(this.ast, (n) => { if (!found && n.type === 'ObjectExpression' && n.properties.some((q) => q.value === value)) found = n; });
    return found;
  }

  // aiming at pointer.x / pointer.y (the pointer's place on the screen) from an object in a world the camera scrolls
  // over (it follows something): the angle points at the wrong place as soon as the view moves (pointer.worldX)
  screenPointerAim() {
    if (/worldX|worldY|getWorldPoint|positionToCamera/.test(this.bare())) return;
    const mains = this.mainCameraPaths();
    const main = (c) => mains.has(c.on) || /(^|\.)cameras\.main$/.test(this.chainRoot(c.n) || '');
    const follow = this.calls.find((c) => c.name === 'startFollow' && main(c));
    if (!follow) return;
    // bounds no bigger than the view: the camera never scrolls
    const view = this.viewSize();
    const bounds = this.calls.find((c) => c.name === 'setBounds' && main(c));
    if (bounds && view && this.numberOf(bounds.n.arguments[2]) !== null && this.numberOf(bounds.n.arguments[2]) <= view.w && this.numberOf(bounds.n.arguments[3]) !== null && this.numberOf(bounds.n.arguments[3]) <= view.h) return;
    const fixed = new Set(this.calls.filter((c) => c.name === 'setScrollFactor' && this.numberOf(c.n.arguments[0]) === 0).map((c) => this.chainRoot(c.n)));
    for (const [path, v] of this.bindings()) if (this.creation(v).chain.some((k) => k.callee.property && k.callee.property.name === 'setScrollFactor' && this.numberOf(k.arguments[0]) === 0)) fixed.add(path);
    const AIM = /^(Math\.Angle\.Between|Phaser\.Math\.Angle\.Between|Phaser\.Math\.Distance\.Between|Math\.Distance\.Between)$|\.moveTo$|\.moveToObject$/;
    // points kept from a pointer handler's pointer.x / pointer.y (this.target = new Vector2(pointer.x, pointer.y))
    const screenPoints = new Set();
    walk(this.ast, (n, parent, key, ctx) => {
      if (n.type !== 'AssignmentExpression' || !memberPath(n.left) || !ctx.fn || !/\.(on|once)$/.test(ctx.handedTo[ctx.handedTo.length - 1] || '')) return;
      const p = ctx.fn.params[0];
      const v = n.right;
      if (!p || p.type !== 'Identifier' || !((v.type === 'NewExpression' && /Vector2$/.test(memberPath(v.callee) || '')) || v.type === 'ObjectExpression')) return;
      const text = this.code.slice(v.start, v.end);
      if (new RegExp(`\\b${p.name}\\.x\\b`).test(text) && new RegExp(`\\b${p.name}\\.y\\b`).test(text)) screenPoints.add(memberPath(n.left));
    });
    for (const c of this.calls) {
      const callee = memberPath(c.n.callee) || '';
      if (!AIM.test(callee)) continue;
      // the pointer: named so, the input plugin's, or the first parameter of the handler the call sits in
      const handler = c.ctx.fn && c.ctx.fn.params[0] && c.ctx.fn.params[0].type === 'Identifier' && /\.(on|once)$/.test(c.ctx.handedTo[c.ctx.handedTo.length - 1] || '') ? c.ctx.fn.params[0].name : null;
      // (or a name for the input's pointer: const p = this.input.activePointer)
      const pointerName = (o) => o.type === 'Identifier' && (this.decls.get(o.name) || []).length === 1 && /(activePointer|mousePointer)$/.test(memberPath(this.decls.get(o.name)[0].init) || '');
      const pointerish = (n) => n && n.type === 'MemberExpression' && !n.computed && ['x', 'y'].includes(n.property.name)
        && (/(^pointer$|activePointer$|mousePointer$)/.test(memberPath(n.object) || '') || (handler && memberPath(n.object) === handler) || screenPoints.has(memberPath(n.object)) || pointerName(n.object));
      const args = c.n.arguments;
      // moveToObject(rover, this.target) toward a point kept from the screen pointer
      if (/moveToObject$/.test(callee) && args[1] && screenPoints.has(memberPath(args[1])) && memberPath(args[0]) && !fixed.has(memberPath(args[0]))) {
        const line = lineOf(c.n);
        this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end).slice(0, 90)} (line ${line}) sends ${memberPath(args[0])} to ${memberPath(args[1])}, kept from the pointer's place on the screen, but the camera follows ${memberPath(follow.n.arguments[0]) || 'an object'} (line ${lineOf(follow.n)}) over the world: once the view scrolls, it goes to the wrong place (keep pointer.worldX / pointer.worldY)`, line, 'pointer.worldX');
        return;
      }
      const ps = args.filter(pointerish);
      if (ps.length !== 2) continue;
      const other = /moveTo$/.test(callee) ? args[0] : args.find((a) => a.type === 'MemberExpression' && ['x', 'y'].includes(a.property && a.property.name) && !pointerish(a));
      const from = other ? memberPath(/moveTo$/.test(callee) ? other : other.object) : null;
      if (!from || fixed.has(from)) continue;
      const line = lineOf(c.n);
      const ptr = memberPath(ps[0].object);
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end).slice(0, 90)} (line ${line}) aims ${from} at ${ptr}.x / ${ptr}.y, ${screenPoints.has(ptr) ? 'kept from the pointer\'s' : 'the pointer\'s'} place on the screen, but the camera follows ${memberPath(follow.n.arguments[0]) || 'an object'} (line ${lineOf(follow.n)}) over the world: once the view scrolls, the aim is off by the scroll (${screenPoints.has(ptr) ? 'keep pointer.worldX / pointer.worldY' : `${ptr}.worldX / ${ptr}.worldY`})`, line, 'pointer.worldX');
      return;
    }
  }

  // const pin = this.add.rectangle(x, y, ...) beside this.matter.add.rectangle(x, y, ...): matter.add.rectangle makes
  // a body with no game object, so when it falls or is knocked over the drawn shape stays where it was
  matterBodyBesidePicture() {
    // drawn where the body is, by hand (shape.x = body.position.x, setPosition(body.position.x, ...), or the position
    // taken apart first: const { x, y } = body.position)
    if (/\.(x|y|rotation)\s*=\s*[^;\n]*\.(position\.[xy]|angle)\b|setPosition\s*\([^;\n]*position\.x|setRotation\s*\([^;\n]*\.angle|\{\s*x\s*,\s*y\s*\}\s*=\s*[\w$.]+\.position\b|copyPosition\s*\(/.test(this.bare())) return;
    const src = (n) => this.code.slice(n.start, n.end);
    for (const c of this.calls) {
      if (!/^(rectangle|circle|polygon|trapezoid)$/.test(c.name) || !/(^|\.)matter\.add$/.test(c.on || '') || c.n.arguments.length < 2) continue;
      let opts = c.n.arguments[c.n.arguments.length - 1];
      // (options kept in a name: const cliffStyle = { isStatic: true, ... })
      const named = (o) => { if (o && o.type === 'Identifier') { const d = this.decls.get(o.name); if (d && d.length === 1 && d[0].init) return d[0].init; } return o; };
      opts = named(opts);
      // (spread from such a name: { ...funnel, angle: 0.5 })
      const spread = opts.type === 'ObjectExpression' ? opts.properties.filter((q) => q.type === 'SpreadElement').map((q) => named(q.argument)) : [];
      if ([opts, ...spread].some((o) => o && o.type === 'ObjectExpression' && /isStatic\s*:\s*true|isSensor\s*:\s*true/.test(src(o)))) continue;
      const [x, y] = c.n.arguments.map(src);
      const picture = this.calls.find((k) => /^(rectangle|circle|ellipse|image|sprite|star|triangle|polygon)$/.test(k.name) && /(^|\.)add$/.test(k.on || '') && !/matter/.test(k.on || '')
        && k.n.arguments.length >= 2 && src(k.n.arguments[0]) === x && src(k.n.arguments[1]) === y);
      if (!picture) continue;
      this.add('misplaced', true, `${c.on}.${c.name}(${x}, ${y}, ...) (line ${lineOf(c.n)}) makes a Matter body with no game object, beside the shape drawn at (${x}, ${y}) (line ${lineOf(picture.n)}): nothing ties them, so the body falls and is knocked about while the drawn shape stays where it was (this.matter.add.gameObject(shape, options))`, lineOf(c.n), 'this.matter.add.gameObject(shape)');
      return;
    }
  }

  // this.cps = (n * 0.5).toFixed(1) and later this.cookies += this.cps: toFixed gives a string, and += joins strings
  // ("30.5" + ...), so the number turns to text and then NaN (Number(...toFixed(1)), or round only where it is shown)
  toFixedAdded() {
    const texts = new Set();
    for (const [path, v] of this.bindings()) {
      if (v.type === 'CallExpression' && v.callee.type === 'MemberExpression' && v.callee.property.name === 'toFixed') texts.add(path);
    }
    for (const a of this.assigns) if (a.value.type === 'CallExpression' && a.value.callee.type === 'MemberExpression' && a.value.callee.property.name === 'toFixed') texts.add(a.path);
    if (!texts.size) return;
    let found = null;
    walk(this.ast, (n) => {
      if (found || n.type !== 'AssignmentExpression' || n.operator !== '+=' || !memberPath(n.left) || texts.has(memberPath(n.left))) return;
      const r = memberPath(n.right);
      if (r && texts.has(r)) found = { n, r };
    });
    if (!found) return;
    const target = memberPath(found.n.left);
    const set = this.assigns.find((a) => a.path === found.r && a.value.type === 'CallExpression') || { line: null };
    this.add('wrong_argument', true, `${target} += ${found.r} (line ${lineOf(found.n)}): ${found.r} is set from toFixed() (line ${set.line}), which gives a string, so += joins text ("30" + "0.5" is "300.5") and ${target} is no longer a number (keep the number, round only where it is shown)`, lineOf(found.n), `${found.r} as a number`);
  }

  // container.list.forEach((c) => c.destroy()): destroying a child takes it out of the very list being walked, so
  // forEach skips every other child and half of them stay (container.removeAll(true), group.clear(true, true))
  destroyWhileWalking() {
    let found = null;
    walk(this.ast, (n) => {
      if (found) return;
      let list = null; let body = null; let item = null;
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && n.callee.property.name === 'forEach' && n.arguments[0] && /Function/.test(n.arguments[0].type)) {
        list = n.callee.object; body = n.arguments[0].body; item = n.arguments[0].params[0];
      } else if (n.type === 'ForOfStatement') {
        list = n.right; body = n.body; item = n.left.type === 'VariableDeclaration' ? n.left.declarations[0].id : n.left;
      }
      if (!list || !item || item.type !== 'Identifier') return;
      const live = (list.type === 'MemberExpression' && !list.computed && list.property.name === 'list')
        || (list.type === 'CallExpression' && list.callee.type === 'MemberExpression' && list.callee.property.name === 'getChildren');
      if (!live) return;
      // every item destroyed (the destroy is not under an if: a walk that destroys some, frame after frame, gets the
      // skipped ones the next frame)
      const direct = (st) => st && st.type === 'ExpressionStatement' ? st.expression : st;
      const destroysAtTop = (b, name, depth) => (b.type === 'BlockStatement' ? b.body.map(direct) : [direct(b)]).some((e) => {
        if (!e || e.type !== 'CallExpression' || e.callee.type !== 'MemberExpression') return false;
        if (e.callee.property.name === 'destroy' && e.callee.object.type === 'Identifier' && e.callee.object.name === name) return true;
        // this.killAlien(alien): one level into the program's own function, where it destroys its first parameter
        if (depth > 0 || !e.arguments[0] || e.arguments[0].type !== 'Identifier' || e.arguments[0].name !== name) return false;
        const f = this.namedFunction(e.callee.property.name);
        return !!f && f.params[0] && f.params[0].type === 'Identifier' && destroysAtTop(f.body, f.params[0].name, depth + 1);
      });
      if (destroysAtTop(body, item.name, 0)) found = { n, list: this.code.slice(list.start, list.end) };
    });
    if (!found) return;
    const container = /\.list$/.test(found.list);
    this.add('never_fires', true, `${found.list}.${found.n.type === 'ForOfStatement' ? 'for...of' : 'forEach'} that destroys each item (line ${lineOf(found.n)}): each destroy() takes the item out of the very list being walked, so every other item is skipped and stays (${container ? found.list.replace(/\.list$/, '.removeAll(true)') : found.list.replace(/\.getChildren\(\)$/, '.clear(true, true)')})`, lineOf(found.n), container ? 'removeAll(true)' : 'clear(true, true)');
  }

  // this.readyAt = Date.now() + 1500 compared with this.time.now (or update's time), or the other way round
  // (this.biteAt = this.time.now, then Date.now() - this.biteAt): Date.now() is milliseconds since 1970, the scene's
  // clock counts from the game's start, so the two never meet (use one clock: this.time.now)
  twoClocks() {
    const wall = new Set();
    const scene = new Set();
    for (const a of this.assigns) {
      const text = this.code.slice(a.value.start, a.value.end);
      if (/\bDate\.now\s*\(/.test(text)) wall.add(a.path);
      else if (/(^|\.)time\.now$/.test(memberPath(a.value) || '') || (a.value.type === 'BinaryExpression' && /(^|\.)time\.now$/.test(memberPath(a.value.left) || ''))) scene.add(a.path);
    }
    if (!wall.size && !scene.size) return;
    let found = null;
    walk(this.ast, (n, parent, key, ctx) => {
      if (found || n.type !== 'BinaryExpression' || !['<', '<=', '>', '>=', '-'].includes(n.operator)) return;
      const sides = [n.left, n.right].map((x) => this.code.slice(x.start, x.end));
      const paths = [n.left, n.right].map(memberPath);
      const stamp = paths.find((p) => p && wall.has(p));
      const fn = ctx.fn;
      const timeParam = fn && fn.params[0] && fn.params[0].type === 'Identifier' && ctx.roles[ctx.roles.length - 1] === 'update' ? fn.params[0].name : null;
      const clock = sides.find((t) => /(^|\.)time\.now$/.test(t) || (timeParam && t === timeParam));
      if (stamp && clock && !sides.some((t) => /Date\.now/.test(t))) found = { n, stamp, clock };
      const sceneStamp = paths.find((p) => p && scene.has(p) && !wall.has(p));
      if (!found && sceneStamp && sides.some((t) => /^Date\.now\s*\(\s*\)$/.test(t))) found = { n, stamp: sceneStamp, clock: 'Date.now()', reverse: true };
    });
    if (!found) return;
    const fromClock = (a) => (found.reverse ? /(^|\.)time\.now\b/ : /\bDate\.now\s*\(/).test(this.code.slice(a.value.start, a.value.end));
    const set = this.assigns.find((a) => a.path === found.stamp && fromClock(a));
    const from = found.reverse ? "the scene's clock, this.time.now" : 'Date.now()';
    this.add('wrong_argument', true, `${found.stamp} is set from ${from} (line ${set ? set.line : '?'}) and compared with ${found.clock} (line ${lineOf(found.n)}): Date.now() counts milliseconds since 1970, the scene's clock since the game started, so the two never meet (use this.time.now for both)`, lineOf(found.n), 'this.time.now');
  }

  // a clock the program keeps itself (this.songTime = 0, then += delta) and the scene's clock (this.time.now, ms since
  // the game started) both measured against the same times (note.t): one of the two comparisons is always far off
  songClockAgainstSceneClock() {
    const own = new Set();
    for (const a of this.assigns) if (a.path.startsWith('this.') && literalValue(a.value).ok && literalValue(a.value).value === 0) own.add(a.path);
    walk(this.ast, (n) => {
      if (n.type === 'AssignmentExpression' && n.operator === '=' && own.has(memberPath(n.left)) && /time\.now|\btime\b/.test(this.code.slice(n.right.start, n.right.end))) own.delete(memberPath(n.left));
    });
    const counts = new Set();
    walk(this.ast, (n) => {
      if (n.type === 'AssignmentExpression' && n.operator === '+=' && own.has(memberPath(n.left)) && n.right.type === 'Identifier' && /^(delta|dt)$/.test(n.right.name)) counts.add(memberPath(n.left));
    });
    if (!counts.size) return;
    const against = new Map(); // the other side's last name (t, time, hitTime) -> { own: node, now: node }
    walk(this.ast, (n) => {
      if (n.type !== 'BinaryExpression' || !['-', '<', '<=', '>', '>='].includes(n.operator)) return;
      for (const [a, b] of [[n.left, n.right], [n.right, n.left]]) {
        const clock = memberPath(a) || '';
        const kind = counts.has(clock) ? 'own' : /(^|\.)time\.now$/.test(clock) ? 'now' : null;
        const other = b.type === 'MemberExpression' && !b.computed ? b.property.name : null;
        if (!kind || !other || counts.has(memberPath(b) || '') || /now$/.test(memberPath(b) || '')) continue;
        if (!against.has(other)) against.set(other, {});
        against.get(other)[kind] = against.get(other)[kind] || { n, clock };
      }
    });
    for (const [name, seen] of against) {
      if (!seen.own || !seen.now) continue;
      const text = this.code.slice(seen.now.n.start, seen.now.n.end).replace(/\s+/g, ' ');
      this.add('wrong_argument', true, `${text} (line ${lineOf(seen.now.n)}) measures .${name} against this.time.now, but the same .${name} is measured against ${seen.own.clock} (line ${lineOf(seen.own.n)}), a clock the program starts at 0 and adds delta to: this.time.now counts from the game's start, so the two never agree and this test is always far off (use ${seen.own.clock} here too)`, lineOf(seen.now.n), seen.own.clock);
      return;
    }
  }

  // JSON.stringify({ equipped: this.equipped }) where this.equipped is a Map or a Set: JSON writes a Map or Set as {}
  // (no entries), so what is saved is empty (Object.fromEntries(map), [...set])
  mapIntoJson() {
    const maps = new Map(); // path -> 'Map' | 'Set'
    for (const [path, v] of this.bindings()) if (v.type === 'NewExpression' && v.callee.type === 'Identifier' && ['Map', 'Set'].includes(v.callee.name)) maps.set(path, v.callee.name);
    for (const c of this.calls) {
      if (memberPath(c.n.callee) !== 'JSON.stringify' || !c.n.arguments[0]) continue;
      let a = c.n.arguments[0];
      // const data = { equipped: this.equipped } in the same function
      const fn = c.ctx.fn;
      const d = a.type === 'Identifier' ? (this.decls.get(a.name) || []).filter((x) => x.init && (!fn || (x.init.start >= fn.start && x.init.end <= fn.end))) : [];
      if (d.length === 1 && d[0].init.type === 'ObjectExpression') a = d[0].init;
      const inside = a.type === 'ObjectExpression' ? a.properties.filter((p) => p.type === 'Property').map((p) => p.value) : [a];
      const hit = inside.find((v) => maps.has(memberPath(v)));
      if (!hit) continue;
      const path = memberPath(hit);
      const kind = maps.get(path);
      this.add('never_fires', true, `JSON.stringify(...) (line ${lineOf(c.n)}) writes ${path}, a ${kind}: JSON writes a ${kind} as {} with none of its entries, so what is saved is empty (${kind === 'Map' ? `Object.fromEntries(${path})` : `[...${path}]`})`, lineOf(c.n), kind === 'Map' ? 'Object.fromEntries(map)' : '[...set]');
      return;
    }
  }

  // tweens.add({ targets: this.ellipse.scale, x: 2, y: 2 }): Phaser 2's scale point; in Phaser 3 scale (like alpha, x,
  // angle) is a number, and a tween changes properties of the objects it targets, so nothing changes
  tweenTargetsANumber() {
    const NUMBERS = /^(scale|scaleX|scaleY|alpha|x|y|angle|rotation|width|height|depth)$/;
    for (const p of this.props) {
      const v = p.value;
      if (p.key !== 'targets' || v.type !== 'MemberExpression' || v.computed || !NUMBERS.test(v.property.name)) continue;
      const owner = this.ownerObject(v);
      const text = this.code.slice(v.start, v.end);
      const on = this.code.slice(v.object.start, v.object.end);
      const keys = owner ? owner.properties.filter((q) => q.type === 'Property' && q.key && ['x', 'y', 'scale', 'alpha'].includes(q.key.name || q.key.value)).map((q) => q.key.name || q.key.value) : [];
      this.add('never_fires', true, `targets: ${text} (line ${p.line}) hands the tween a number: ${on}.${v.property.name} is a number in Phaser 3 (Phaser 2's scale was a point), and a tween changes the properties of the objects it targets, so nothing changes (targets: ${on}${keys.length ? `, ${v.property.name === 'scale' ? 'scale' : keys[0]}: ...` : ''})`, p.line, `targets: ${on}`);
      return;
    }
  }

  // Phaser.Math.RND.sow([SEED]) to make the layout repeatable, and the layout made with Phaser.Math.Between or
  // Math.random, which do not use RND: the seed changes nothing and the layout differs on every run (RND.between)
  seedNotUsed() {
    const sow = this.calls.find((c) => (c.name === 'sow' || c.name === 'init') && /(^|\.)RND$/.test(c.on || ''));
    if (!sow) return;
    const isLoose = (c) => (/^(Between|FloatBetween)$/.test(c.name) && /(^|\.)Math$/.test(c.on || '')) || (c.name === 'random' && c.on === 'Math');
    let loose;
    if (/RND\s*\.\s*(between|integerInRange|frac|realInRange|pick|shuffle|angle|rotation|sign|weightedPick|integer|real|uuid)\s*\(/.test(this.bare())) {
      // RND used too: only a loose number drawn in the same function as the seeded ones (one layout, half of it unseeded)
      const seeded = new Set(this.calls.filter((c) => /(^|\.)RND$/.test(c.on || '') && c.name !== 'sow' && c.name !== 'init' && c.ctx.fn).map((c) => c.ctx.fn));
      loose = this.calls.find((c) => isLoose(c) && c.ctx.fn && seeded.has(c.ctx.fn));
    } else loose = this.calls.find(isLoose);
    if (!loose) return;
    const name = `${loose.on}.${loose.name}`;
    this.add('never_fires', true, `${sow.on}.${sow.name}(...) (line ${lineOf(sow.n)}) seeds Phaser's seeded generator, but the program takes its numbers from ${name}() (line ${lineOf(loose.n)}), which uses Math.random and not RND: the seed changes nothing and every run differs (Phaser.Math.RND.between(min, max))`, lineOf(loose.n), 'Phaser.Math.RND.between');
  }

  // spawnTimer.reset({ delay: next }) on a timer made with a callback: reset() builds the timer again from that config
  // alone, so it has no callback and no loop: it ticks once, empty, and is dropped (reset({ delay, callback, loop }))
  timerResetWithoutCallback() {
    const timers = new Map(); // name -> the config it was made with
    for (const [path, v] of this.bindings()) if (v.type === 'CallExpression' && /(^|\.)time\.addEvent$/.test(memberPath(v.callee) || '')) timers.set(path, v.arguments[0]);
    const loops = (cfg) => cfg && cfg.type === 'ObjectExpression' && cfg.properties.some((p) => p.type === 'Property' && p.key && (((p.key.name || p.key.value) === 'loop' && p.value.type === 'Literal' && p.value.value === true)
      || ((p.key.name || p.key.value) === 'repeat' && !(p.value.type === 'Literal' && p.value.value === 0))));
    for (const c of this.calls) {
      const cfg = c.n.arguments[0];
      if (c.name !== 'reset' || !timers.has(c.on) || !cfg || cfg.type !== 'ObjectExpression' || cfg.properties.some((p) => p.type !== 'Property')) continue;
      // a stopwatch made with no callback (only its elapsed time is read) loses nothing
      const made = timers.get(c.on);
      if (made && made.type === 'ObjectExpression' && !made.properties.some((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === 'callback')) continue;
      const keys = cfg.properties.map((p) => p.key && (p.key.name || p.key.value));
      if (keys.includes('callback') && !keys.includes('loop') && !keys.includes('repeat') && loops(timers.get(c.on))) {
        this.add('never_fires', true, `${c.on}.reset({ ${keys.join(', ')} }) (line ${lineOf(c.n)}) builds the timer again from this config alone: it was made to repeat (line ${lineOf(timers.get(c.on))}), and this config has no loop, so from now on it fires once and stops (give reset() loop: true)`, lineOf(c.n), 'reset({ ..., loop: true })');
        return;
      }
      if (keys.includes('callback')) continue;
      this.add('never_fires', true, `${c.on}.reset({ ${keys.join(', ')} }) (line ${lineOf(c.n)}) builds the timer again from this config alone: it has no callback${keys.includes('loop') ? '' : ' and no loop'} now, so it ticks once doing nothing and is dropped (give reset() the callback${keys.includes('loop') ? '' : ' and loop: true'}, or change ${c.on}.delay)`, lineOf(c.n), 'reset({ delay, callback, loop })');
      return;
    }
  }

  // this.enemies = this.physics.add.group() made again for each wave, while the colliders and overlaps were made once
  // with the first group: a collider keeps the group it was given, so the new members collide with nothing
  colliderKeepsOldGroup() {
    const made = new Map(); // path -> the assignments of a new physics group to it
    for (const a of this.assigns) if (a.value.type === 'CallExpression' && /(^|\.)physics\.add\.(group|staticGroup)$/.test(memberPath(a.value.callee) || '')) made.set(a.path, [...(made.get(a.path) || []), a]);
    for (const [path, list] of made) {
      if (list.length < 2) continue;
      const colliders = this.calls.filter((c) => /^(collider|overlap)$/.test(c.name) && /(^|\.)physics\.add$/.test(c.on || '') && c.n.arguments.slice(0, 2).some((x) => memberPath(x) === path));
      if (!colliders.length) continue;
      // every collider made in the same function as a group: each new group gets its own
      const fns = new Set(colliders.map((c) => c.ctx.fn));
      const remade = this.calls.filter((c) => c.name === 'group' && /(^|\.)physics\.add$/.test(c.on || '') && !fns.has(c.ctx.fn));
      const again = list.find((a) => remade.some((c) => c.n === a.value));
      if (!again) continue;
      this.add('never_fires', true, `${path} = this.physics.add.group() again (line ${again.line}), but the ${colliders[0].name}s with ${path} were made once (line ${lineOf(colliders[0].n)}) with the group of that moment: a collider keeps the group it was given, so the members of the new group collide with nothing (clear the one group and refill it, or make the ${colliders[0].name} again)`, again.line, `${path}.clear(true, true) and refill`);
      return;
    }
  }

  // this.add.container(x, y, [hull, fin]) whose children were made at (x, y), (x - 8, y + 10): a child's position is
  // relative to its container, so the whole drawing sits (x, y) further on, away from the container
  childrenAtContainerPosition() {
    const src = (n) => this.code.slice(n.start, n.end);
    // the terms added up (x - 20 - cx takes cx away: that child is placed round (0, 0))
    const terms = (n, out = [], sign = 1) => {
      if (n.type === 'BinaryExpression' && ['+', '-'].includes(n.operator)) { terms(n.left, out, sign); terms(n.right, out, n.operator === '-' ? -sign : sign); } else out.push([src(n), sign]);
      return out;
    };
    const placedAt = (arg, at) => {
      if (!arg) return false;
      const ts = terms(arg);
      if (ts.some(([t, sign]) => t === src(at) && sign < 0)) return false;
      return ts.some(([t, sign]) => t === src(at) && sign > 0) || (this.numberOf(at) !== null && this.numberOf(arg) === this.numberOf(at));
    };
    for (const c of this.calls) {
      if (c.name !== 'container' || !/(^|\.)add$/.test(c.on || '') || c.n.arguments.length < 3 || c.n.arguments[2].type !== 'ArrayExpression') continue;
      const [x, y, kids] = c.n.arguments;
      const far = (a) => this.numberOf(a) === null ? a.type !== 'Literal' : Math.abs(this.numberOf(a)) >= 20;
      if (!far(x) && !far(y)) continue;
      const made = kids.elements.map((e) => {
        if (!e) return null;
        if (e.type === 'CallExpression') return this.creation(e).made;
        const d = e.type === 'Identifier' ? this.decls.get(e.name) : null;
        const bound = e.type === 'MemberExpression' ? this.assigns.find((a) => a.path === memberPath(e)) : null;
        const init = d && d.length === 1 ? d[0].init : bound ? bound.value : null;
        return init ? this.creation(init).made : null;
      });
      if (made.length < 2 || made.some((m) => !m || !/(^|\.)add\.\w+$/.test(memberPath(m.callee) || '') || m.arguments.length < 2)) continue;
      if (!made.every((m) => placedAt(m.arguments[0], x) && placedAt(m.arguments[1], y))) continue;
      this.add('misplaced', true, `this.add.container(${src(x)}, ${src(y)}, [...]) (line ${lineOf(c.n)}) holds ${made.length} objects made at (${src(x)}, ${src(y)}) and round it (line ${lineOf(made[0])}): a child's x, y are relative to its container, so they are drawn (${src(x)}, ${src(y)}) further on, away from the container (make them round (0, 0))`, lineOf(c.n), 'children placed round (0, 0)');
      return;
    }
  }

  // this.add.follower(path, 0, 0, key) on a path that starts at (60, 300) and is drawn, then startFollow() without
  // positionOnPath: a follower keeps its offset from the path's start, so it runs along a copy of the path shifted by
  // (-60, -300), away from the line on the screen
  followerOffPath() {
    const paths = new Map(); // name -> [x, y] where the path starts
    for (const [path, v] of this.bindings()) {
      const made = v.type === 'NewExpression' && /Curves\.Path$/.test(memberPath(v.callee) || '') ? v
        : v.type === 'CallExpression' && /(^|\.)add\.path$/.test(memberPath(v.callee) || '') ? v : null;
      const xy = made && made.arguments.length >= 2 ? made.arguments.slice(0, 2).map((a) => this.numberOf(a)) : null;
      if (xy && xy.every((n) => n !== null)) paths.set(path, xy);
      // a start read from data (pts[0].x): where it is is not known here, only that it is a place of the drawing
      else if (xy) paths.set(path, made.arguments.slice(0, 2).map((a) => this.code.slice(a.start, a.end)));
    }
    for (const [fpath, v] of this.bindings()) {
      const made = this.creation(v).made;
      if (!made || !/(^|\.)add\.follower$/.test(memberPath(made.callee) || '')) continue;
      const [p, x, y] = made.arguments;
      const start = p && paths.get(memberPath(p));
      const at = [this.numberOf(x), this.numberOf(y)];
      if (!start || at.some((n) => n === null)) continue;
      const known = start.every((n) => typeof n === 'number');
      // (a start read from data counts only against a follower made at (0, 0))
      if (known ? Math.hypot(at[0] - start[0], at[1] - start[1]) < 20 : at[0] !== 0 || at[1] !== 0) continue;
      if (!this.calls.some((c) => c.name === 'draw' && c.on === memberPath(p))) continue; // the path is not shown: an offset may be meant
      const follow = [...this.calls.filter((c) => c.name === 'startFollow' && c.on === fpath), ...this.creation(v).chain.filter((k) => k.callee.property && k.callee.property.name === 'startFollow').map((n) => ({ n }))];
      if (!follow.length || follow.some((c) => /positionOnPath\s*:\s*true/.test(this.code.slice(c.n.start, c.n.end)))) continue;
      const shift = known ? `(${at[0] - start[0]}, ${at[1] - start[1]})` : `(-${start[0]}, -${start[1]})`;
      this.add('misplaced', true, `${this.code.slice(made.start, made.end).slice(0, 60)} (line ${lineOf(made)}) places the follower at (${at[0]}, ${at[1]}), but the path starts at (${start[0]}, ${start[1]}), and startFollow() (line ${lineOf(follow[0].n)}) without positionOnPath: true keeps that offset: it runs along a copy of the drawn path shifted by ${shift} (positionOnPath: true, or make it at the path's start)`, lineOf(made), 'positionOnPath: true');
      return;
    }
  }

  // Matter: setVelocity(..., 700): Matter's velocity is pixels per step, not per second (Arcade's), so the body jumps
  // hundreds of pixels a frame, through everything (speeds of 1-30 a step)
  matterVelocityPerSecond() {
    const matter = this.matterObjects();
    const big = (n, depth = 0) => {
      if (!n || depth > 3) return null;
      const v = this.numberOf(n);
      if (v !== null) return Math.abs(v) >= 100 ? v : null;
      if (n.type === 'UnaryExpression' && n.operator === '-') return big(n.argument, depth + 1);
      if (n.type === 'BinaryExpression' && n.operator === '*') return big(n.left, depth + 1) ?? big(n.right, depth + 1);
      // velocity.x of a vector scaled to a speed (pull.normalize().scale(MAX_SPEED * stretch), new Vector2(vx, vy))
      if (n.type === 'MemberExpression' && !n.computed && ['x', 'y'].includes(n.property.name) && n.object.type === 'Identifier') {
        const d = this.decls.get(n.object.name);
        const init = d && d.length === 1 && !this.writes.get(n.object.name) ? d[0].init : null;
        let found = null;
        if (init) walk(init, (k) => {
          if (found !== null || (k.type !== 'CallExpression' && k.type !== 'NewExpression')) return;
          const name = k.callee.type === 'MemberExpression' ? k.callee.property.name : memberPath(k.callee);
          if (/^(scale|setLength)$/.test(name || '') || /Vector2$/.test(memberPath(k.callee) || '')) found = k.arguments.map((a) => big(a, depth + 1)).find((x) => x !== null) ?? null;
        });
        return found;
      }
      return null;
    };
    // a program with Matter only: every body's setVelocity is Matter's (a bird handed to launch(bird))
    const matterOnly = /default\s*:\s*['"]matter['"]/.test(this.code) && !/physics\.add\.|arcade/.test(this.bare());
    for (const c of this.calls) {
      if (!/^setVelocity[XY]?$/.test(c.name) || !(matter.has(this.chainRoot(c.n)) || matterOnly)) continue;
      const v = c.n.arguments.map((a) => big(a)).find((x) => x !== null);
      if (v === undefined) continue;
      this.add('wrong_argument', true, `${this.chainRoot(c.n)}.${c.name}(...) (line ${lineOf(c.n)}) gives a Matter body a speed of ${Math.abs(v)}: Matter's velocity is pixels per step (about 60 a second), not per second as in Arcade, so the body jumps ${Math.abs(v)} px a frame, through everything in its way (speeds of 1-30)`, lineOf(c.n), 'a Matter speed in pixels per step');
      return;
    }
  }

  // physics.add.overlap(crates, belts, (crate) => crate.setVelocityX(...)) with no collider between them, under
  // gravity: an overlap separates nothing, so the static belts hold nothing up and the crates fall through them
  rideOnOverlapOnly() {
    if (!this.gravityYs().some((y) => literalValue(y).ok && literalValue(y).value > 0)) return;
    const statics = this.madeBy(/(^|\.)physics\.add\.(staticGroup|staticImage|staticSprite)$/);
    for (const c of this.calls) {
      if (c.name !== 'overlap' || !/(^|\.)physics\.add$/.test(c.on || '') || c.n.arguments.length < 3) continue;
      const [a, b, cb] = c.n.arguments;
      const pa = memberPath(a); const pb = memberPath(b);
      const [rider, floor, first] = statics.has(pb) ? [pa, pb, true] : statics.has(pa) ? [pb, pa, false] : [];
      if (!rider || this.calls.some((k) => k.name === 'collider' && k.n.arguments.length >= 2 && [memberPath(k.n.arguments[0]), memberPath(k.n.arguments[1])].includes(floor)
        && [memberPath(k.n.arguments[0]), memberPath(k.n.arguments[1])].includes(rider))) continue;
      let fn = cb;
      if (cb.type === 'MemberExpression' && cb.object.type === 'ThisExpression') fn = (this.classes.flatMap((k) => k.body.body).find((m) => m.type === 'MethodDefinition' && m.key && m.key.name === cb.property.name) || {}).value;
      if (!fn || !/Function/.test(fn.type)) continue;
      const param = fn.params[first ? 0 : 1];
      if (!param || param.type !== 'Identifier') continue;
      const body = this.code.slice(fn.body.start, fn.body.end);
      if (!new RegExp(`\\b${param.name}(\\.body)?\\.setVelocityX\\s*\\(|\\b${param.name}\\.body\\.velocity\\.x\\s*=`).test(body) || new RegExp(`\\b${param.name}(\\.body)?\\.(setVelocityY|setAllowGravity|setY)\\b|\\b${param.name}\\.body\\.velocity\\.y\\s*=|\\b${param.name}\\.y\\s*=`).test(body)) continue;
      this.add('never_fires', true, `physics.add.overlap(${pa}, ${pb}, ...) (line ${lineOf(c.n)}) pushes ${rider} along ${floor}, but there is no collider between them: an overlap separates nothing, so under gravity ${floor} holds nothing up and ${rider} falls through it (physics.add.collider(${rider}, ${floor}, ...))`, lineOf(c.n), `physics.add.collider(${rider}, ${floor})`);
      return;
    }
  }

  // obj.rotation += ROTATION_SPEED * delta / 1000 with a speed of 30 or more (or named in degrees), or += 1 or more a
  // frame: rotation is in radians, so a degrees figure spins the object dozens of turns a second (obj.angle is degrees)
  degreesIntoRotation() {
    const deltaNames = /\b(delta|dt|elapsed)\b/;
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.rotationFound || n.type !== 'AssignmentExpression' || !['+=', '-='].includes(n.operator) || !/(^|\.)rotation$/.test(memberPath(n.left) || '')) return;
      if (!ctx.roles.some((r) => r === 'update' || r === 'preUpdate')) return;
      const text = this.code.slice(n.right.start, n.right.end);
      if (/DegToRad|\bPI\b|DEG_?TO_?RAD|\btoRad|RADIANS/i.test(text)) return;
      let rate = null;
      let perSecond = false;
      if (this.numberOf(n.right) !== null) rate = this.numberOf(n.right);
      else if (n.right.type === 'BinaryExpression' && ['*', '/'].includes(n.right.operator) && deltaNames.test(text)) {
        // SPEED * (delta / 1000), SPEED * dt, delta / 1000 * SPEED: the factor that is not the time
        const factors = [];
        const collect = (e) => { if (e.type === 'BinaryExpression' && e.operator === '*') { collect(e.left); collect(e.right); } else factors.push(e); };
        collect(n.right);
        const fixed = factors.filter((f) => !deltaNames.test(this.code.slice(f.start, f.end)));
        if (fixed.length === 1 && this.numberOf(fixed[0]) !== null) { rate = this.numberOf(fixed[0]); perSecond = /\/\s*1000|\bdt\b/.test(text); }
        if (rate !== null && !perSecond) rate = null;
      }
      if (rate === null) return;
      const id = n.right.type === 'Identifier' ? n.right.name : (text.match(/\b[A-Z_][A-Za-z0-9_]*\b/) || [])[0];
      const declLine = id && this.decls.get(id) && this.decls.get(id).length === 1 ? this.code.split('\n')[this.decls.get(id)[0].line - 1] || '' : '';
      const inDegrees = /deg|度/i.test((id || '') + ' ' + declLine.replace(/^[^/]*/, ''));
      const certain = perSecond ? Math.abs(rate) >= 30 || (inDegrees && Math.abs(rate) >= 10) : Math.abs(rate) >= 1;
      if (!certain) return;
      this.rotationFound = true;
      const turns = Math.round(Math.abs(rate) / (2 * Math.PI) * (perSecond ? 1 : 60));
      this.add('wrong_argument', true, `${memberPath(n.left)} ${n.operator} ${text.replace(/\s+/g, ' ').slice(0, 50)} (line ${lineOf(n)}): rotation is in radians, so ${Math.abs(rate)} ${perSecond ? 'a second' : 'a frame'} spins it about ${turns} turns a second, a blur instead of a turn (angle is in degrees: ${memberPath(n.left).replace(/rotation$/, 'angle')} ${n.operator} ..., or Phaser.Math.DegToRad)`, lineOf(n), 'angle, or DegToRad');
    });
  }

  // the ground given a dynamic body (physics.add.existing(ground) with no `true`) in a world with gravity: it falls out
  // of the world, and what should stand on it lands on the world's edge
  groundFalls() {
    if (!this.gravityYs().some((y) => (this.numberOf(y) || 0) > 0)) return;
    for (const c of this.calls) {
      const [obj, isStatic] = c.n.arguments;
      const name = obj && memberPath(obj);
      if (c.name !== 'existing' || !/(^|\.)physics\.add$/.test(c.on || '') || !name || !/(^|\.)(ground|floor|platform|ledge)s?\w*$/i.test(name) || (isStatic && !(isStatic.type === 'Literal' && isStatic.value === false))) continue;
      const esc = name.replace(/[.$]/g, '\\$&');
      if (new RegExp(`${esc}(\\.body)?\\.(setAllowGravity|allowGravity|moves|setImmovable|immovable|setGravity|setGravityY|reset|setVelocity|enable)|${esc}\\.body\\s*\\)|\\.add\\s*\\(\\s*${esc}\\b|allowGravity\\s*:\\s*false`).test(this.code)) continue;
      this.add('misplaced', true, `this.physics.add.existing(${name}) (line ${lineOf(c.n)}) gives the ground a dynamic body, which the world's gravity pulls down and out of the world: nothing stands on it (physics.add.existing(${name}, true) makes a static body)`, lineOf(c.n), `physics.add.existing(${name}, true)`);
      return;
    }
  }

  // scene: [GameScene, MenuScene] where the menu starts the game: the first scene listed is the one that runs, so the
  // game skips its menu (list the menu first). Only a warning (see below)
  menuListedAfterGame() {
    const list = this.props.find((p) => p.key === 'scene' && p.value.type === 'ArrayExpression' && p.value.elements.length >= 2 && p.value.elements.every((e) => e && e.type === 'Identifier'));
    if (!list) return;
    const classes = new Map(this.classes.filter((k) => k.id).map((k) => [k.id.name, k]));
    const [first, ...rest] = list.value.elements.map((e) => classes.get(e.name));
    if (!first || rest.some((k) => !k)) return;
    const firstKey = sceneKeyOf(first) || first.id.name;
    if (!/game|play|level|main|world/i.test(first.id.name + ' ' + firstKey)) return;
    const menu = rest.find((k) => /menu|title|start|intro|splash|lobby/i.test(k.id.name + ' ' + (sceneKeyOf(k) || '')));
    if (!menu) return;
    const menuKey = sceneKeyOf(menu) || menu.id.name;
    const menuText = this.code.slice(menu.start, menu.end);
    if (!new RegExp(`scene\\.(start|switch|run)\\(\\s*['"]${firstKey}['"]`).test(menuText)) return;
    // the game scene hands over to the menu as it starts (create/init), or the menu is active from the start
    const firstText = this.code.slice(first.start, first.end);
    const handsOver = (st) => st.type === 'ExpressionStatement' && new RegExp(`^this\\.scene\\.(start|launch|run|switch)\\(\\s*['"]${menuKey}['"]`).test(this.code.slice(st.start, st.end));
    const create = first.body.body.find((m) => m.type === 'MethodDefinition' && m.key && ['create', 'init', 'preload'].includes(m.key.name) && m.value.body.body.some(handsOver));
    if (create || /active\s*:\s*true/.test(menuText) || new RegExp(`scene\\.(launch|run|start)\\(\\s*['"]${menuKey}['"]`).test(this.code.slice(0, first.start) + this.code.slice(first.end).replace(menuText, ''))) return;
    if (!new RegExp(`['"]${menuKey}['"]`).test(firstText)) return; // a menu nothing reaches is another mistake
    // a warning: a game may open straight into play on purpose and reach its main menu from a pause menu
    const message = `scene: [${list.value.elements.map((e) => e.name).join(', ')}] (line ${list.line}): the first scene listed is the one that starts, so the game opens in ${first.id.name} and skips ${menu.id.name}, whose button starts '${firstKey}' (list ${menu.id.name} first)`;
    this.add('misplaced', false, message, list.line, `scene: [${menu.id.name}, ...]`);
    // (a fact for the task check, L4 menu_skipped: a task that asks for the menu makes this the mistake)
    this.menuAfterGame = { line: list.line, message };
  }

  // scene: [Game, Hud] where nothing ever starts Hud: only the first scene listed starts on its own (others need
  // active: true or a start/launch/run with their key), so its create() never runs
  sceneNeverStarted() {
    const list = this.props.find((p) => p.key === 'scene' && p.value.type === 'ArrayExpression' && p.value.elements.length >= 2 && p.value.elements.every((e) => e && e.type === 'Identifier'));
    if (!list) return;
    const classes = new Map(this.classes.filter((k) => k.id).map((k) => [k.id.name, k]));
    const STARTS = /^(start|launch|run|switch|wake|transition|add|moveAbove|moveBelow|bringToTop)$/;
    const starts = this.calls.filter((c) => STARTS.test(c.name) && /(^|\.)(scene|manager)$/.test(c.on || ''));
    // a key the code cannot be read for (a name, a field, a template): any scene may be the one started
    const readable = (a) => a && (a.type === 'Literal' || (a.type === 'ObjectExpression' && a.properties.every((q) => q.type === 'Property' && q.value.type === 'Literal')));
    if (starts.some((c) => !readable(c.n.arguments[0]))) return;
    // a start with a key no scene has is the mistake to report (sceneKeyCase, the runtime's scene warnings)
    const keys = new Set(this.classes.map(sceneKeyOf));
    if (starts.some((c) => c.n.arguments[0].type === 'Literal' && c.name !== 'add' && !keys.has(c.n.arguments[0].value))) return;
    for (const e of list.value.elements.slice(1)) {
      const k = classes.get(e.name);
      const key = k && sceneKeyOf(k);
      if (!key || /active\s*:\s*true/.test(this.code.slice(k.start, k.end))) continue;
      // the key written anywhere but the scene's own class (which never runs to start itself): it may be kept and
      // started from there
      const outside = this.code.slice(0, k.start) + this.code.slice(k.end);
      const mentions = outside.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"\\])\/\/[^\n]*/g, '$1').match(new RegExp(`['"\`]${key.replace(/[^\w]/g, '\\$&')}['"\`]`, 'g')) || [];
      if (mentions.length > 0) continue;
      const first = list.value.elements[0].name;
      this.add('never_fires', true, `scene: [${list.value.elements.map((x) => x.name).join(', ')}] (line ${list.line}): only the first scene listed starts on its own, and nothing starts ${e.name} ('${key}'): no scene.launch/start/run('${key}') and no active: true, so its create() never runs (this.scene.launch('${key}') in ${first}'s create())`, list.line, `this.scene.launch('${key}')`);
      return;
    }
  }

  // ITEMS[Phaser.Math.Between(0, ITEMS.length)]: Between includes its maximum, so one pick in length + 1 is past the
  // end and gives undefined (an unfilled shape, a missing frame)
  betweenLengthAsIndex() {
    const src = (n) => this.code.slice(n.start, n.end);
    const pickOf = (n) => n && n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && /^(Between|between)$/.test(n.callee.property.name || '')
      && n.arguments.length === 2 && literalValue(n.arguments[0]).ok && literalValue(n.arguments[0]).value === 0
      && n.arguments[1].type === 'MemberExpression' && !n.arguments[1].computed && n.arguments[1].property.name === 'length' ? n : null;
    const functions = this.functionsByName();
    const calleeName = (c) => c.callee.type === 'Identifier' ? c.callee.name : c.callee.type === 'MemberExpression' && c.callee.object.type === 'ThisExpression' ? c.callee.property.name : null;
    const returns = new Map(); // a function that returns a pick -> the pick
    for (const [name, fn] of functions) {
      const body = fn.body && fn.body.body;
      const ret = body && body.length === 1 && body[0].type === 'ReturnStatement' ? pickOf(body[0].argument) : null;
      if (ret) returns.set(name, ret);
    }
    const picked = (n) => pickOf(n) || (n && n.type === 'CallExpression' && returns.get(calleeName(n))) || null;
    const carriers = new Map(); // a name set from a pick -> the pick
    walk(this.ast, (n) => {
      if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && picked(n.init)) carriers.set(n.id.name, picked(n.init));
      if (n.type === 'AssignmentExpression' && n.left.type === 'Identifier' && picked(n.right)) carriers.set(n.left.name, picked(n.right));
    });
    const carried = (n) => picked(n) || (n && n.type === 'Identifier' && carriers.get(n.name)) || null;
    const arrayOf = (pick) => src(pick.arguments[1].object);
    const indexes = (root, arr, test) => { let at = null; walk(root, (n) => { if (!at && n.type === 'MemberExpression' && n.computed && src(n.object) === arr && test(n.property)) at = n; }); return at; };
    let found = null;
    walk(this.ast, (n) => {
      if (found) return;
      if (n.type === 'MemberExpression' && n.computed) {
        const pick = carried(n.property);
        if (pick && src(n.object) === arrayOf(pick)) found = { pick, at: n };
      }
      // the pick handed to a function that indexes the array with that parameter
      if (n.type === 'CallExpression') {
        const fn = functions.get(calleeName(n) || '');
        n.arguments.forEach((a, i) => {
          const pick = !found && fn && carried(a);
          const param = pick && fn.params[i];
          if (!param || param.type !== 'Identifier') return;
          const at = indexes(fn.body, arrayOf(pick), (p) => p.type === 'Identifier' && p.name === param.name);
          if (at) found = { pick, at };
        });
      }
    });
    if (!found) return;
    const arr = arrayOf(found.pick);
    const line = lineOf(found.pick);
    this.add('wrong_argument', true, `${src(found.pick)} (line ${line}) picks an index of ${arr} (used at line ${lineOf(found.at)}), but Between includes its maximum: one pick in ${arr}.length + 1 is ${arr}.length, past the end, and gives undefined (Between(0, ${arr}.length - 1), or Phaser.Utils.Array.GetRandom(${arr}))`, line, `Between(0, ${arr}.length - 1)`);
  }

  // grid = new Array(4).fill(new Array(4).fill(0)): fill() puts the one row it is given in every slot, so all the
  // rows are the same array and a write to one cell shows in every row (Array.from({ length: 4 }, () => [...]))
  rowsSharedByFill() {
    // an expression that makes one array or object: [..], {..}, new Array(n), Array(n).fill(0), Array.from(...)
    const made = (n) => n && (['ArrayExpression', 'ObjectExpression'].includes(n.type)
      || ((n.type === 'NewExpression' || n.type === 'CallExpression') && /^Array(\.from|\.of)?$/.test(memberPath(n.callee) || ''))
      || (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && /^(fill|map|slice|concat)$/.test(n.callee.property.name || '') && made(n.callee.object)));
    const shared = (v) => v && v.type === 'CallExpression' && v.callee.type === 'MemberExpression' && v.callee.property.name === 'fill' && made(v.arguments[0]);
    for (const [path, v] of this.bindings()) {
      if (!shared(v)) continue;
      // a write to one row's cell (grid[r][c] = v, here or through a function's parameter) or to the row itself
      const write = /[\w$.\]]+\s*\[[^\]\n]+\]\s*\[[^\]\n]+\]\s*(=[^=]|\+=|-=|\+\+|\*=)|[\w$.]+\s*\[[^\]\n]+\]\s*\.\s*(push|splice|unshift)\s*\(/.exec(this.bare());
      if (!write) continue;
      const text = this.code.slice(v.start, v.end);
      this.add('misplaced', true, `${path} = ${text.slice(0, 60)} (line ${lineOf(v)}): fill() puts the one ${v.arguments[0].type === 'ObjectExpression' ? 'object' : 'array'} it is given in every slot, so every row of ${path} is the same ${v.arguments[0].type === 'ObjectExpression' ? 'object' : 'array'}, and a write to one row (${write[0].replace(/\s*=[^=]?$/, '').trim().slice(0, 40)}) changes them all (Array.from({ length: n }, () => ...))`, lineOf(v), 'Array.from({ length: n }, () => new Array(m).fill(0))');
      return;
    }
  }

  // map.getTilesWithinShape(new Geom.Circle(this.px, this.py, 5 * TILE)) where this.px is the player's column (placed
  // at this.px * TILE): the shape is read in world pixels, so the circle sits near the top-left corner, at the column
  // and row numbers as pixels, and the tiles round the player are never found (this.player.x, or px * TILE + TILE / 2)
  cellsIntoPixelQuery() {
    const sizes = new Set(this.props.filter((p) => ['tileWidth', 'tileHeight'].includes(p.key)).map((p) => this.code.slice(p.value.start, p.value.end).trim()));
    if (!sizes.size) return;
    const sizeRe = [...sizes].map((t) => t.replace(/[.$]/g, (ch) => '\\' + ch)).join('|');
    const inCells = (path) => {
      if (!path) return false;
      const e = path.replace(/[.$]/g, (ch) => '\\' + ch);
      return new RegExp(`(^|[^\\w$.])${e}\\s*\\*\\s*(${sizeRe})\\b|\\b(${sizeRe})\\s*\\*\\s*${e}([^\\w$]|$)|tileToWorld[XY]\\s*\\(\\s*${e}\\s*[,)]|getTileAt\\s*\\(\\s*${e}\\s*,`).test(this.code);
    };
    for (const c of this.calls) {
      let xy = null;
      if (c.name === 'getTilesWithinWorldXY') xy = c.n.arguments.slice(0, 2);
      if (c.name === 'getTilesWithinShape') {
        const shape = this.localValue(c.n.arguments[0], c.ctx.fn);
        if (shape && shape.type === 'NewExpression' && /(^|\.)Geom\.(Circle|Rectangle|Ellipse)$/.test(memberPath(shape.callee) || '')) xy = shape.arguments.slice(0, 2);
      }
      if (!xy || xy.length < 2) continue;
      // a place, or a place with something added (this.col - 3 * TILE: the corner of a box round it)
      const base = (a) => (a && a.type === 'BinaryExpression' && ['+', '-'].includes(a.operator) ? base(a.left) : a && memberPath(a));
      const [x, y] = xy.map(base);
      if (!inCells(x) || !inCells(y)) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end).replace(/\s+/g, ' ').slice(0, 60)} (line ${lineOf(c.n)}): ${c.name}() reads its ${c.name === 'getTilesWithinShape' ? 'shape' : 'place'} in world pixels, and ${x}, ${y} count tiles (the program multiplies them by the tile size to place things), so it looks near the top-left corner, at ${x}, ${y} pixels, and never round the place meant (the world place: ${x} * tile size, or the object's x, y)`, lineOf(c.n), 'a world place in pixels');
      return;
    }
  }

  // a blank layer (createBlankLayer) with only walls put on it, and a path search that skips a cell when
  // if (!t || t.index === WALL) continue, t = layer.getTileAt(x, y): an empty cell has no tile, so getTileAt returns
  // null there (nonNull false), and the test skips every floor cell as well as every wall: nothing is ever reached
  // (getTileAt(x, y, true) gives the empty cells as tiles of index -1)
  emptyCellsTakenForWalls() {
    const blank = new Set(this.madeBy(/(^|\.)createBlankLayer$/));
    for (const layer of blank) {
      const puts = this.calls.filter((c) => c.on === layer && /^(putTileAt|putTilesAt|fill|randomize|weightedRandomize|replaceByIndex|swapByIndex|putTileAtWorldXY|copy)$/.test(c.name));
      if (!puts.length || puts.some((c) => !['putTileAt', 'fill', 'putTileAtWorldXY'].includes(c.name) || !c.n.arguments[0])) continue;
      const indices = new Set(puts.map((c) => this.code.slice(c.n.arguments[0].start, c.n.arguments[0].end).trim()));
      if (indices.size !== 1) continue;
      const wall = [...indices][0];
      for (const c of this.calls) {
        if (c.on !== layer || c.name !== 'getTileAt' || c.n.arguments.length !== 2 || !c.ctx.fn) continue;
        let name = null;
        walk(c.ctx.fn.body, (n) => { if (!name && n.type === 'VariableDeclarator' && n.init === c.n && n.id.type === 'Identifier') name = n.id.name; });
        if (!name) continue;
        let skip = null;
        walk(c.ctx.fn.body, (n) => {
          if (skip || n.type !== 'IfStatement' || n.start < c.n.end) return;
          const out = n.consequent.type === 'ContinueStatement' || n.consequent.type === 'ReturnStatement'
            || (n.consequent.type === 'BlockStatement' && n.consequent.body.length === 1 && /^(Continue|Return)Statement$/.test(n.consequent.body[0].type));
          const t = n.test;
          if (!out || t.type !== 'LogicalExpression' || t.operator !== '||') return;
          const text = (e) => this.code.slice(e.start, e.end).replace(/\s+/g, '');
          const sides = [text(t.left), text(t.right)];
          if (sides.includes(`!${name}`) && sides.some((x) => x === `${name}.index===${wall.replace(/\s+/g, '')}` || x === `${name}.index==${wall.replace(/\s+/g, '')}`)) skip = n;
        });
        if (!skip) continue;
        this.add('never_fires', true, `${this.code.slice(skip.test.start, skip.test.end)} (line ${lineOf(skip)}) with ${name} = ${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}): ${layer} is a blank layer with only ${wall} put on it, and getTileAt() returns null for an empty cell (nonNull is false), so the test is true for every floor cell as well as every wall and nothing past it is ever reached (getTileAt(x, y, true), whose empty cells have index -1)`, lineOf(skip), 'getTileAt(x, y, true)');
        return;
      }
    }
  }

  // camera or world setBounds(0, 0, map.width, map.height): a Tilemap's width and height count tiles, not pixels, so
  // the bounds are a few dozen pixels wide and the camera or the bodies are held in the top-left corner
  tilemapSizeAsPixels() {
    const maps = this.madeBy(/(^|\.)(make|add)\.tilemap$/);
    for (const c of this.calls) {
      if (c.name !== 'setBounds') continue;
      const a = c.n.arguments;
      const bad = [a[2], a[3]].find((x) => x && x.type === 'MemberExpression' && !x.computed && ['width', 'height'].includes(x.property.name) && maps.has(memberPath(x.object)));
      if (!bad) continue;
      const m = memberPath(bad.object);
      const what = /cameras|camera|cam\b/.test(c.on || '') ? 'the camera' : /world/.test(c.on || '') ? 'the bodies' : 'what it bounds';
      this.add('wrong_argument', true, `${c.on}.setBounds(..., ${this.code.slice(bad.start, bad.end)}) (line ${lineOf(c.n)}): a Tilemap's width and height count tiles, not pixels, so the bounds are that many pixels across and ${what} ${what === 'the camera' ? 'is' : 'are'} held near the top-left corner (${m}.widthInPixels, ${m}.heightInPixels)`, lineOf(c.n), `${m}.${bad.property.name}InPixels`);
      return;
    }
  }

  // pointer.rightButtonDown() in a 'pointerup' handler: on release the button is no longer held (buttons is 0), so the
  // test is always false there (pointer.rightButtonReleased())
  buttonHeldOnRelease() {
    for (const c of this.calls) {
      const [ev, fn] = c.n.arguments;
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || !/^(pointerup|gameobjectup|pointerupoutside)$/.test(ev.value) || !fn || !/Function/.test(fn.type)) continue;
      for (const { name, body } of this.paramBodies(fn, 0)) {
        const m = new RegExp(`\\b${name}\\.(left|right|middle)ButtonDown\\s*\\(`).exec(this.code.slice(body.start, body.end));
        if (!m) continue;
        const line = lineOf(body) + this.code.slice(body.start, body.start + m.index).split('\n').length - 1;
        const via = body === fn.body ? '' : ` (the handler at line ${lineOf(fn)} hands its pointer on)`;
        this.add('never_fires', true, `${name}.${m[1]}ButtonDown() in a '${ev.value}' handler (line ${line})${via}: when the button is let go it is no longer held, so this is always false here (${name}.${m[1]}ButtonReleased())`, line, `${name}.${m[1]}ButtonReleased()`);
        return;
      }
    }
  }

  // this.add.particles(x, y, key, { x, y, ... }): since 3.60 the emitter is a game object at (x, y) and the config's
  // x / y are where particles start relative to it, so the same point given again puts them at twice the distance
  particlesPositionTwice() {
    for (const c of this.calls) {
      if (c.name !== 'particles' || !/(^|\.)add$/.test(c.on || '') || c.n.arguments.length < 4) continue;
      const [ax, ay, , cfg] = c.n.arguments;
      if (!cfg || cfg.type !== 'ObjectExpression') continue;
      const props = new Map(cfg.properties.filter((p) => p.type === 'Property' && !p.computed && p.key).map((p) => [p.key.name || p.key.value, p.value]));
      const src = (n) => (n ? this.code.slice(n.start, n.end).replace(/\s+/g, '') : null);
      const same = (arg, key) => props.has(key) && src(props.get(key)) === src(arg) && this.numberOf(arg) !== 0;
      const keys = ['x', 'y'].filter((k, i) => same(i ? ay : ax, k));
      // an emit or death zone whose shape is made at the emitter's own place: zones are offsets from the emitter too
      for (const zoneKey of ['emitZone', 'deathZone']) {
        const zone = props.get(zoneKey);
        const source = zone && zone.type === 'ObjectExpression' ? zone.properties.find((p) => p.type === 'Property' && !p.computed && p.key && (p.key.name || p.key.value) === 'source') : null;
        const shape = source && source.value.type === 'NewExpression' && /Geom\.(Circle|Ellipse|Rectangle)$/.test(memberPath(source.value.callee) || '') ? source.value : null;
        if (!shape || shape.arguments.length < 2 || src(shape.arguments[0]) !== src(ax) || src(shape.arguments[1]) !== src(ay) || this.numberOf(ax) === 0) continue;
        this.add('misplaced', true, `this.add.particles(${src(ax)}, ${src(ay)}, ...) (line ${lineOf(c.n)}) places the emitter there and its ${zoneKey} is a ${memberPath(shape.callee).split('.').pop()} made at (${src(shape.arguments[0])}, ${src(shape.arguments[1])}) again: a zone is an offset from the emitter, so the particles ${zoneKey === 'emitZone' ? 'are born' : 'die'} around twice that point (make the zone at (0, 0))`, lineOf(c.n), 'a zone made at (0, 0)');
        return;
      }
      if (!keys.length) continue;
      const shown = keys.map((k) => `${k}: ${src(props.get(k))}`).join(', ');
      this.add('misplaced', true, `this.add.particles(${src(ax)}, ${src(ay)}, ...) (line ${lineOf(c.n)}) places the emitter there and its config gives ${shown} again: since Phaser 3.60 the config's x / y are offsets from the emitter, so the particles start at twice the distance from the corner (leave x and y out of the config)`, lineOf(c.n), 'x / y only in add.particles()');
      return;
    }
  }

  // a Phaser 2 state method on a Phaser 3 scene class (shutdown() saving the high score, render() drawing): a scene
  // has only init, preload, create and update called, so a method by one of the old names that nothing calls never runs
  phaser2SceneMethods() {
    const OLD = /^(shutdown|render|paused|resumed|pauseUpdate|preRender|loadUpdate|loadRender|resize)$/;
    let hit = null;
    for (const n of this.classes) {
      if (hit || !n.superClass || !/^Phaser\.Scene$/.test(memberPath(n.superClass) || '')) continue;
      for (const m of n.body.body) {
        if (m.type !== 'MethodDefinition' || m.kind !== 'method' || m.static || !m.key || m.key.type !== 'Identifier' || !OLD.test(m.key.name)) continue;
        if (new RegExp(`\\.\\s*${m.key.name}\\b|\\[\\s*['"]${m.key.name}['"]`).test(this.bare())) continue; // called or handed over somewhere
        if (!m.value.body || !m.value.body.body.length) continue;
        hit = { name: m.key.name, cls: n.id ? n.id.name : 'the scene', line: lineOf(m) };
        break;
      }
    }
    if (!hit) return;
    const how = hit.name === 'shutdown' ? "this.events.once('shutdown', this.shutdown, this) in create()" : hit.name === 'render' ? 'call it from update()' : `call this.${hit.name}() where it should run`;
    this.add('never_fires', true, `${hit.cls}.${hit.name}() (line ${hit.line}) is a Phaser 2 state method: a Phaser 3 scene has only init, preload, create and update called, and nothing in the program calls ${hit.name}(), so it never runs (${how})`, hit.line, how);
  }

  // this.scene.start('Hud') in the create() of a scene that goes on playing (update(), timers, input): start() stops
  // the scene that calls it, so the game scene shuts down right after create() and only the other scene is left
  startInsteadOfLaunch() {
    for (const n of this.classes) {
      if (!n.superClass || !/^Phaser\.Scene$/.test(memberPath(n.superClass) || '')) continue;
      const methods = new Map(n.body.body.filter((m) => m.type === 'MethodDefinition' && m.key && m.key.type === 'Identifier').map((m) => [m.key.name, m.value]));
      const create = methods.get('create');
      if (!create || !create.body) return;
      const ctor = methods.get('constructor');
      const own = ctor ? /super\s*\(\s*(?:\{[^}]*key\s*:\s*)?['"]([^'"]+)['"]/.exec(this.code.slice(ctor.start, ctor.end)) : null;
      for (const st of create.body.body) {
        const call = st.type === 'ExpressionStatement' ? st.expression : null;
        if (!call || call.type !== 'CallExpression' || memberPath(call.callee) !== 'this.scene.start') continue;
        const key = call.arguments[0];
        if (!key || key.type !== 'Literal' || typeof key.value !== 'string' || (own && own[1] === key.value)) continue;
        const update = methods.get('update');
        const plays = (update && update.body && update.body.body.length)
          || /time\.addEvent|delayedCall|physics\.add\.(collider|overlap)|input\.(on|keyboard)|\.on\(\s*['"](pointer|keydown)/.test(this.code.slice(create.start, create.end));
        if (!plays) continue;
        this.add('never_fires', true, `this.scene.start('${key.value}') in ${n.id ? n.id.name : 'the scene'}.create() (line ${lineOf(call)}) stops this scene as it starts '${key.value}': the ${update && update.body && update.body.body.length ? 'update(), ' : ''}timers and input it sets up never run (this.scene.launch('${key.value}') runs both)`, lineOf(call), `this.scene.launch('${key.value}')`);
        return;
      }
    }
  }

  // body.checkCollision.up = false on a platform under downward gravity, its underside still solid: what falls onto it
  // passes through and what jumps into it from below is stopped, the other way round from a one-way platform (down off)
  oneWayUpsideDown() {
    const off = this.assigns.find((a) => /\.checkCollision\.up$/.test(a.path) && a.value.type === 'Literal' && a.value.value === false);
    if (!off) return;
    if (this.assigns.some((a) => /\.checkCollision\.(down|up)$/.test(a.path) && a !== off && !(a.value.type === 'Literal' && a.value.value === false && /up$/.test(a.path)))) return;
    if (/setCheckCollision|checkCollision\s*=|checkCollision\.down/.test(this.bare())) return;
    // on the jumper itself (the one the program steers or the camera follows), up off lets it rise through platforms
    // from below and land on them: a one-way set-up from the other side
    const owner = off.path.replace(/(\.body)?\.checkCollision\.up$/, '');
    if (/(^|\.)(player|hero|frog|jumper|doodle|character|avatar|ninja|bunny|cat|dog)\w*$/i.test(owner)
      || this.calls.some((c) => (/^setVelocity[XY]?$|^startFollow$/.test(c.name) && (this.chainRoot(c.n) === owner || c.on === owner || c.on === owner + '.body' || memberPath(c.n.arguments[0]) === owner)))) return;
    const down = this.gravityYs().some((y) => (this.numberOf(y) || 0) > 0) || this.calls.some((c) => c.name === 'setGravityY' && (this.numberOf(c.n.arguments[0]) || 0) > 0);
    if (!down) return;
    this.add('misplaced', true, `${off.path} = false (line ${off.line}) turns off the platform's top side: under downward gravity what falls onto it passes through, and what jumps into it from below is stopped by its underside, the other way round from a one-way platform (checkCollision.down = false lets a jump pass up through it and land on top)`, off.line, 'checkCollision.down = false');
  }

  // bins.indexOf(pair.bodyA) where bins holds game objects: a collision pair holds Matter bodies (the game object is
  // bodyA.gameObject), so the search never finds one and what the handler counts never changes
  bodiesSearchedAmongObjects() {
    const GAME_OBJECT = /(^|\.)(add\.(rectangle|circle|ellipse|image|sprite|text|star|polygon|triangle|zone|container|arc)|matter\.add\.(gameObject|image|sprite))$/;
    const made = new Map(this.bindings().map(([path, v]) => { const m = this.creation(v).made; return [path, m ? memberPath(m.callee) || '' : '']; }));
    for (const c of this.calls) {
      if (!['indexOf', 'includes', 'lastIndexOf'].includes(c.name) || !c.on) continue;
      const arg = c.n.arguments[0] && memberPath(c.n.arguments[0]);
      if (!arg || !/(^|\.)body[AB]$/.test(arg)) continue;
      const pushed = this.calls.filter((k) => k.name === 'push' && k.on === c.on).flatMap((k) => k.n.arguments.map((a) => memberPath(a)));
      if (!pushed.length || pushed.some((p) => !p || !GAME_OBJECT.test(made.get(p) || ''))) continue;
      const line = lineOf(c.n);
      this.add('never_fires', true, `${c.on}.${c.name}(${arg}) (line ${line}) looks for a Matter body among game objects (${pushed[0]}, made with ${made.get(pushed[0]).split('.').slice(-2).join('.')}()): a collision pair holds bodies, so it is never found (search for ${arg}.gameObject)`, line, `${arg}.gameObject`);
      return;
    }
    // this.marbles.contains(other) with other a pair's body (const other = bodyA === cup ? bodyB : bodyA): a Group
    // holds game objects
    const groups = this.madeBy(/(^|\.)(add\.group|physics\.add\.group|physics\.add\.staticGroup)$/);
    const bodyOf = (a) => {
      const path = a && memberPath(a);
      if (path && /(^|\.)body[AB]$/.test(path)) return path;
      const ds = a && a.type === 'Identifier' ? (this.decls.get(a.name) || []).filter((d) => d.init) : [];
      return ds.length && ds.every((d) => { const t = this.code.slice(d.init.start, d.init.end); return /\bbody[AB]\b/.test(t) && !/gameObject|parent|\(/.test(t); }) ? a.name : null;
    };
    for (const c of this.calls) {
      const arg = c.name === 'contains' && groups.has(c.on) ? bodyOf(c.n.arguments[0]) : null;
      if (!arg) continue;
      const line = lineOf(c.n);
      this.add('never_fires', true, `${c.on}.contains(${arg}) (line ${line}) looks for a Matter body in a Group, which holds game objects: a collision pair holds bodies, so it is never found (${c.on}.contains(${arg}.gameObject))`, line, `${arg}.gameObject`);
      return;
    }
  }

  // the objects whose bodies collide with the world bounds (setCollideWorldBounds(true), in the chain that makes them,
  // or collideWorldBounds = true) and those set free again, under every name they go by (const b = this.ball)
  worldBoundsBodies() {
    if (this.boundsBodies) return this.boundsBodies;
    const colliding = new Set(); const freed = new Set();
    const strip = (p) => (p || '').replace(/\.body$/, '');
    const on = (k) => !k.arguments[0] || literalValue(k.arguments[0]).value === true;
    for (const c of this.calls) {
      if (c.name !== 'setCollideWorldBounds') continue;
      const a = c.n.arguments[0];
      const path = strip(c.on || this.chainRoot(c.n));
      if (a && literalValue(a).value === false) freed.add(path); else if (on(c.n)) colliding.add(path);
    }
    for (const a of this.assigns) if (a.prop === 'collideWorldBounds' && literalValue(a.value).value === true) colliding.add(strip(a.path.split('.').slice(0, -1).join('.')));
    for (const [path, v] of this.bindings()) if (this.creation(v).chain.some((k) => k.callee.property && k.callee.property.name === 'setCollideWorldBounds' && on(k))) colliding.add(path);
    for (const [path, v] of this.bindings()) {
      const other = strip(memberPath(v));
      if (!other) continue;
      for (const set of [colliding, freed]) { if (set.has(other)) set.add(path); if (set.has(path)) set.add(other); }
    }
    this.boundsBodies = { colliding, freed };
    return this.boundsBodies;
  }

  // physics.world.wrap(player) on a body that collides with the world bounds: the body is stopped at the edge and
  // never gets past it, so wrap() (which moves what has gone out past the edge) never moves it
  wrapAgainstBounds() {
    const { colliding, freed } = this.worldBoundsBodies();
    const norm = (p) => (p ? p.replace(/\.body$/, '') : null);
    for (const c of this.calls) {
      if (c.name !== 'wrap' || !/(^|\.)world$/.test(c.on || '')) continue;
      const target = norm(memberPath(c.n.arguments[0]));
      const pad = c.n.arguments[1] ? this.numberOf(c.n.arguments[1]) : 0;
      if (!target || !colliding.has(target) || freed.has(target) || pad === null || pad < 0) continue;
      this.add('never_fires', true, `${c.on}.wrap(${this.code.slice(c.n.arguments[0].start, c.n.arguments[0].end)}) (line ${lineOf(c.n)}) wraps ${target}, whose body collides with the world bounds (setCollideWorldBounds(true)): it is stopped at the edge and never gets past it, so it never comes back on the other side (leave setCollideWorldBounds out)`, lineOf(c.n), 'no world-bounds collision on what wraps');
      return;
    }
  }

  // this.add.renderTexture(0, 80, 800, 520) with no setOrigin: since 3.60 a RenderTexture is an Image with its origin
  // at its middle, so it is centred on the corner it was meant to start from and three quarters of it lie off the view
  renderTextureAtCorner() {
    for (const [path, value] of this.bindings().concat(this.calls.filter((c) => c.name === 'renderTexture').map((c) => [null, c.n]))) {
      const { made, chain } = this.creation(value);
      const call = made || (value.type === 'CallExpression' ? value : null);
      if (!call || !/(^|\.)add\.renderTexture$/.test(memberPath(call.callee) || '') || call.arguments.length < 4) continue;
      const [x, y, w, h] = call.arguments.map((a) => this.numberOf(a));
      if ([x, y, w, h].some((v) => v === null) || w < 200 || h < 150 || x > w / 4 || y > h / 4) continue;
      if (chain.some((k) => /^(setOrigin|setDisplayOrigin|setPosition)$/.test(k.callee.property && k.callee.property.name))) continue;
      if (path && (this.calls.some((c) => /^(setOrigin|setDisplayOrigin|setPosition)$/.test(c.name) && (c.on === path || this.chainRoot(c.n) === path))
        || this.assigns.some((a) => a.path.startsWith(path + '.') && /^(originX|originY|x|y)$/.test(a.prop)))) continue;
      if (!path && chain.length === 0 && /setOrigin/.test(this.code.slice(call.end, call.end + 40))) continue;
      this.add('misplaced', true, `this.add.renderTexture(${x}, ${y}, ${w}, ${h}) (line ${lineOf(call)}) has no setOrigin: since Phaser 3.60 a RenderTexture's origin is its middle, so it is centred on (${x}, ${y}) and covers (${x - w / 2}, ${y - h / 2})..(${x + w / 2}, ${y + h / 2}), and what is drawn or erased into it shows ${w / 2} px left of and ${h / 2} px above where it was meant (setOrigin(0, 0))`, lineOf(call), 'setOrigin(0, 0)');
      return;
    }
  }

  // const hp = crate.getData('hp'); hp -= 1: the number is a copy, and nothing stores it back (setData, incData), so
  // the data never changes and what waits for it (a crate breaking at 0) never happens
  dataNotStoredBack() {
    const keysSet = new Set();
    for (const c of this.calls) {
      if (/^(setData|incData|toggleData)$/.test(c.name) || (c.name === 'set' && /(^|\.)data$/.test(c.on || ''))) {
        const k = c.n.arguments[0];
        if (!k || k.type !== 'Literal') return; // a key worked out at run time: not sure
        keysSet.add(String(k.value));
      }
    }
    if (/\.data\.values\.|\.values\s*\[|setData\s*\(\s*\{/.test(this.bare())) return;
    walk(this.ast, (n, parent, field, ctx) => {
      if (this.dataFound || n.type !== 'VariableDeclarator' || n.id.type !== 'Identifier' || !n.init) return;
      const get = n.init.type === 'CallExpression' && n.init.callee.type === 'MemberExpression' && !n.init.callee.computed && n.init.callee.property.name === 'getData' ? n.init : null;
      const key = get && get.arguments[0] && get.arguments[0].type === 'Literal' ? String(get.arguments[0].value) : null;
      if (!key) return;
      const name = n.id.name;
      // stored back in the same function after the change (or anywhere, where the function is not known)
      const rest = ctx && ctx.fn ? this.code.slice(n.end, ctx.fn.end) : null;
      const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (rest === null ? keysSet.has(key) : new RegExp(`(setData|incData|toggleData|data\\.set)\\s*\\(\\s*['"\`]${esc}['"\`]|values\\.${esc}\\b`).test(rest)) return;
      const after = this.code.slice(n.end, n.end + 600);
      const step = new RegExp(`(^|[^\\w$.])${name}\\s*(-=|\\+=|--|\\+\\+)|(--|\\+\\+)\\s*${name}\\b`).exec(after);
      if (!step) return;
      this.dataFound = true;
      const line = lineOf(n);
      this.add('never_fires', true, `${name} = ${this.code.slice(get.start, get.end)} (line ${line}) is a copy of the data value, and ${name} is changed but never stored back (no setData('${key}', ...) anywhere): the object's '${key}' never changes (${memberPath(get.callee.object) || 'the object'}.setData('${key}', ${name}) after the change, or incData('${key}', -1))`, line, `setData('${key}', ${name})`);
    });
  }

  // this.physics.world.timeScale = 0.25 for slow motion beside tweens/time at 0.25: Arcade's timeScale divides the
  // step (2 is half speed), so below 1 the bodies run faster while the tweens slow down
  arcadeTimeScaleInverted() {
    // the value, or the smaller side of on ? SLOW : 1
    const low = (n) => {
      if (n && n.type === 'ConditionalExpression') { const a = this.numberOf(n.consequent); const b = this.numberOf(n.alternate); return a === null || b === null ? null : Math.min(a, b); }
      return this.numberOf(n);
    };
    const world = this.assigns.find((a) => /(^|\.)physics\.world\.timeScale$/.test(a.path) && low(a.value) !== null && low(a.value) < 1 && low(a.value) > 0);
    if (!world) return;
    const v = low(world.value);
    const other = this.assigns.find((a) => /(^|\.)(tweens|time|anims)\.(timeScale|globalTimeScale)$/.test(a.path) && low(a.value) === v)
      || this.calls.find((c) => /^(setTimeScale|setGlobalTimeScale)$/.test(c.name) && low(c.n.arguments[0]) === v);
    if (!other) return;
    this.add('wrong_argument', true, `${world.path} = ${this.code.slice(world.value.start, world.value.end)} (line ${world.line}) beside ${other.path || other.name} at ${v} (line ${other.line || lineOf(other.n)}): Arcade's world timeScale works the other way round (2 is half speed), so ${v} runs the bodies ${Math.round(1 / v)} times faster while the rest slows down (this.physics.world.timeScale = ${Math.round(1 / v)})`, world.line, `timeScale ${Math.round(1 / v)}`);
  }

  // list.forEach((b) => b.destroy): the arrow hands back the method without calling it, so nothing is destroyed
  methodNamedNotCalled() {
    const METHODS = /^(destroy|setVisible|setActive|disableInteractive|removeInteractive|kill|killAndHide|stop|play|pause|resume|clear|removeAll|disableBody|setInteractive)$/;
    for (const c of this.calls) {
      if (!/^(forEach|each|iterate|map)$/.test(c.name)) continue;
      const fn = c.n.arguments[0];
      if (!fn || fn.type !== 'ArrowFunctionExpression' || fn.body.type !== 'MemberExpression' || fn.body.computed || !fn.params[0] || fn.params[0].type !== 'Identifier') continue;
      if (fn.body.object.type !== 'Identifier' || fn.body.object.name !== fn.params[0].name || !METHODS.test(fn.body.property.name)) continue;
      if (c.name === 'map') continue; // a list of the methods themselves may be wanted
      const text = this.code.slice(fn.start, fn.end);
      this.add('never_fires', true, `${c.on ? c.on + '.' : ''}${c.name}(${text}) (line ${lineOf(c.n)}) names the method ${fn.body.property.name} without calling it: the arrow only hands it back, so nothing is ${fn.body.property.name === 'destroy' ? 'destroyed' : 'done'} (${fn.params[0].name}.${fn.body.property.name}())`, lineOf(c.n), `${fn.params[0].name}.${fn.body.property.name}()`);
      return;
    }
  }

  // pointer.button === 1 taken for the left button (event.which's numbering): a Pointer's button is the DOM
  // MouseEvent's, 0 the left button, 1 the middle, 2 the right, so a left click never passes the test
  leftButtonAsOne() {
    const pointers = new Set();
    for (const c of this.calls) {
      const [ev, fn] = c.n.arguments;
      if (['on', 'once'].includes(c.name) && ev && ev.type === 'Literal' && /^(pointer|gameobject)/.test(String(ev.value)) && fn && /Function/.test(fn.type)) {
        for (const { name } of this.paramBodies(fn, 0)) pointers.add(name);
      }
    }
    let hit = null;
    walk(this.ast, (n) => {
      if (hit || n.type !== 'BinaryExpression' || !/^[!=]==?$/.test(n.operator)) return;
      const [m, v] = n.left.type === 'MemberExpression' ? [n.left, n.right] : [n.right, n.left];
      if (m.type !== 'MemberExpression' || m.computed || m.property.name !== 'button' || v.type !== 'Literal' || v.value !== 1) return;
      const owner = memberPath(m.object) || '';
      if (pointers.has(owner) || /(^|\.)(activePointer|mousePointer)$|pointer$/i.test(owner)) hit = { n, owner };
    });
    if (!hit) return;
    const text = this.code.slice(hit.n.start, hit.n.end);
    this.add('wrong_argument', true, `${text} (line ${lineOf(hit.n)}): a Pointer's button is the DOM MouseEvent's, 0 the left button, 1 the middle and 2 the right, so a left click never passes this test (${hit.owner}.leftButtonDown(), or button === 0)`, lineOf(hit.n), `${hit.owner}.button === 0`);
  }

  // scenes started, paused and resumed in ways that never do what the code says:
  // - this.scene.start('Result') where ResultScene is written but left out of the game's scene list (nothing adds it);
  // - this.scene.resume() with no key in a scene that never pauses itself (a pause menu): it resumes itself, not the game;
  // - this.scene.restart(this.level + 1): the data is an object init(data) reads fields of, a number has none;
  // - this.scene.pause() and then this.time.delayedCall(...) on the same scene: its clock stops with it
  sceneFlowSlips() {
    const src = (n) => this.code.slice(n.start, n.end);
    const lit = (n) => (n && n.type === 'Literal' && typeof n.value === 'string' ? n.value : null);
    const keyed = this.classes.filter((k) => k.id).map((k) => ({ cls: k, key: sceneKeyOf(k) || k.id.name }));
    const list = this.props.find((p) => p.key === 'scene' && p.value.type === 'ArrayExpression' && p.value.elements.length && p.value.elements.every((e) => e && e.type === 'Identifier'));
    const STARTS = ['start', 'launch', 'run', 'switch'];
    if (list && !this.calls.some((c) => c.name === 'add' && /(^|\.)scene$/.test(c.on || ''))) {
      const listed = new Set(list.value.elements.map((e) => e.name));
      for (const c of this.calls) {
        const key = STARTS.includes(c.name) && /(^|\.)scene$/.test(c.on || '') ? lit(c.n.arguments[0]) : null;
        const target = key !== null ? keyed.find((k) => k.key === key) : null;
        if (!target || listed.has(target.cls.id.name) || keyed.some((k) => k.key === key && listed.has(k.cls.id.name))) continue;
        this.add('never_fires', true, `${c.on}.${c.name}('${key}') (line ${lineOf(c.n)}): ${target.cls.id.name}, the scene '${key}', is written but not in the game's scene list (line ${list.line}) and nothing adds it, so Phaser finds no such scene and starts nothing (add ${target.cls.id.name} to scene: [...])`, lineOf(c.n), `scene: [..., ${target.cls.id.name}]`);
        return;
      }
    }
    for (const { cls, key } of keyed) {
      const inCls = (c) => c.ctx.cls === cls;
      const resume = this.calls.find((c) => inCls(c) && c.name === 'resume' && c.on === 'this.scene' && !c.n.arguments.length);
      const pausesItself = this.calls.some((c) => inCls(c) && ['pause', 'sleep'].includes(c.name) && c.on === 'this.scene' && !c.n.arguments.length);
      const launched = this.calls.some((c) => !inCls(c) && ['launch', 'run'].includes(c.name) && lit(c.n.arguments[0]) === key);
      const pausedOther = this.calls.some((c) => !inCls(c) && c.name === 'pause' && c.on === 'this.scene' && !c.n.arguments.length);
      if (resume && !pausesItself && launched && pausedOther) {
        this.add('never_fires', true, `this.scene.resume() (line ${lineOf(resume.n)}) in ${cls.id.name} resumes ${cls.id.name} itself, which never pauses, not the scene that paused: that one stays paused (this.scene.resume('<its key>'))`, lineOf(resume.n), "this.scene.resume('<key>')");
        return;
      }
    }
    for (const c of this.calls) {
      const data = c.name === 'restart' && /(^|\.)scene$/.test(c.on || '') ? c.n.arguments[0] : STARTS.includes(c.name) && /(^|\.)scene$/.test(c.on || '') ? c.n.arguments[1] : null;
      if (!data || !['Literal', 'BinaryExpression', 'UnaryExpression', 'TemplateLiteral'].includes(data.type) || (data.type === 'Literal' && (data.value === null || typeof data.value === 'object'))) continue;
      const target = c.name === 'restart' ? keyed.find((k) => k.cls === c.ctx.cls) : keyed.find((k) => k.key === lit(c.n.arguments[0]));
      const init = target && target.cls.body.body.find((m) => m.type === 'MethodDefinition' && m.key && m.key.name === 'init' && m.value.params[0] && m.value.params[0].type === 'Identifier');
      const param = init ? init.value.params[0].name : null;
      if (!param || !new RegExp(`\\b${param}\\s*\\.\\s*[A-Za-z_$]`).test(src(init.value.body))) continue;
      this.add('wrong_argument', true, `${c.on}.${c.name}(${src(c.n).slice(src(c.n).indexOf('(') + 1, -1).slice(0, 50)}) (line ${lineOf(c.n)}) hands ${src(data).slice(0, 30)} as the scene's data, and ${target.cls.id.name}.init(${param}) reads fields of it (line ${lineOf(init)}): a ${data.type === 'Literal' && typeof data.value === 'string' ? 'string' : 'number'} has none, so they are undefined (pass an object: { level: ... })`, lineOf(c.n), '{ key: value }');
      return;
    }
    // paused, then a timer or tween on the same scene in the same run of statements
    walk(this.ast, (n) => {
      if (this.pausedTimer || !n.body || !Array.isArray(n.body)) return;
      for (let i = 0; i < n.body.length; i++) {
        const st = n.body[i];
        const call = st.type === 'ExpressionStatement' && st.expression.type === 'CallExpression' ? st.expression : null;
        const path = call ? memberPath(call.callee) : null;
        if (!path || !/\.scene\.pause$/.test(path) || call.arguments.length) continue;
        const owner = path.replace(/\.scene\.pause$/, '');
        const later = n.body.slice(i + 1).find((t) => t.type === 'ExpressionStatement' && t.expression.type === 'CallExpression'
          && new RegExp(`^${owner.replace(/[.$]/g, '\\$&')}\\.(time\\.(delayedCall|addEvent)|tweens\\.add)$`).test(memberPath(t.expression.callee) || ''));
        if (later) this.pausedTimer = { pause: call, later: later.expression, owner };
      }
    });
    if (this.pausedTimer && !this.calls.some((c) => c.name === 'resume')) {
      const { pause, later, owner } = this.pausedTimer;
      this.add('never_fires', true, `${memberPath(later.callee)}(...) (line ${lineOf(later)}) right after ${owner}.scene.pause() (line ${lineOf(pause)}): a paused scene's clock and tweens stop with it, and nothing resumes it, so this never runs (do it before pausing, or pause only what should stop: this.physics.pause())`, lineOf(later), 'before the pause');
    }
  }

  // const retry = this.add.container(400, 380, [bg, label]); retry.on('pointerdown', ...) with no setSize() and
  // setInteractive(): a container has no size, so it never gets a pointer event
  containerNeverInteractive() {
    const code = this.bare();
    for (const [name, list] of this.decls) {
      if (!list.some((d) => d.init && d.init.type === 'CallExpression' && /(^|\.)add\.container$/.test(memberPath(d.init.callee) || ''))) continue;
      const e = name.replace(/\$/g, '\\$');
      const on = this.calls.find((c) => c.on === name && ['on', 'once'].includes(c.name) && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && /^pointer(down|up|over|out)$/.test(c.n.arguments[0].value));
      if (!on || new RegExp(`\\b${e}\\b[^;]*\\.\\s*setInteractive|\\b${e}\\s*\\.\\s*input\\b|input\\.(enable|setHitArea\\w*)\\s*\\(`).test(code)) continue;
      // made interactive through a helper handed the container: cannot tell
      if (new RegExp(`\\(\\s*${e}\\s*[,)]`).test(code.replace(new RegExp(`\\b${e}\\s*\\.\\s*\\w+\\s*\\(`, 'g'), ''))) continue;
      this.add('never_fires', true, `${name}.on('${on.n.arguments[0].value}') (line ${lineOf(on.n)}) on a Container that is never made interactive: a container has no size of its own, so it gets no pointer event (${name}.setSize(w, h).setInteractive())`, lineOf(on.n), `${name}.setSize(w, h).setInteractive()`);
      return;
    }
  }

  // this.events.on('resize', relayout): a scene's own events carried 'resize' before 3.16; the Scale Manager emits it
  // now (and the fullscreen and orientation events), so the handler never runs
  scaleEventsOnScene() {
    const c = this.calls.find((k) => ['on', 'once', 'addListener'].includes(k.name) && /^this\.(sys\.)?events$/.test(k.on || '') && k.n.arguments[0]
      && k.n.arguments[0].type === 'Literal' && ['resize', 'orientationchange', 'enterfullscreen', 'leavefullscreen'].includes(k.n.arguments[0].value));
    if (!c) return;
    const ev = c.n.arguments[0].value;
    if (new RegExp(`emit\\s*\\(\\s*['"\`]${ev}['"\`]`).test(this.bare())) return;
    this.add('never_fires', true, `${c.on}.on('${ev}') (line ${lineOf(c.n)}): a scene's events carried '${ev}' only before Phaser 3.16; the Scale Manager emits it now, so the handler never runs (this.scale.on('${ev}', ...))`, lineOf(c.n), `this.scale.on('${ev}')`);
  }

  // localStorage.setItem(KEY, this.options) with an object: storage keeps strings, so it stores '[object Object]' and
  // the JSON.parse that reads it back fails (the saved settings are lost)
  objectStoredAsText() {
    const objectish = (n) => {
      if (!n) return false;
      if (n.type === 'ObjectExpression' || n.type === 'ArrayExpression') return true;
      const path = memberPath(n);
      if (!path) return false;
      const inits = [...(this.decls.get(path) || []).map((d) => d.init), ...this.assigns.filter((a) => a.path === path).map((a) => a.value)];
      // an object made with a literal, or one the program writes fields of (this.options.music = false, options[key] = v)
      const esc = path.replace(/[.$]/g, '\\$&');
      return inits.some((v) => v && (v.type === 'ObjectExpression' || v.type === 'ArrayExpression')) || this.assigns.some((a) => a.path.startsWith(path + '.') && a.path.split('.').length === path.split('.').length + 1)
        || new RegExp(`${esc}\\s*\\[[^\\]\\n]+\\]\\s*=[^=]`).test(this.bare());
    };
    const call = this.calls.find((c) => c.name === 'setItem' && /(^|\.)(localStorage|sessionStorage)$/.test(c.on || '') && objectish(c.n.arguments[1]));
    if (!call) return;
    const line = lineOf(call.n);
    const value = this.code.slice(call.n.arguments[1].start, call.n.arguments[1].end);
    this.add('wrong_argument', true, `${call.on}.setItem(..., ${value.slice(0, 40)}) (line ${line}) stores an object: storage keeps strings, so it saves '[object Object]' and reading it back finds nothing of it (JSON.stringify(${value.slice(0, 40)}), and JSON.parse when reading)`, line, 'JSON.stringify');
  }

  // for (var i = 0; i < tabs.length; i++) { tab.on('pointerdown', () => this.select(i)); }: a var is one for the whole
  // function, so every handler made in the loop reads i when it runs, after the loop: all of them see its last value
  loopVarInHandlers() {
    const LATER = /^(on|once|addListener|addEvent|delayedCall|setTimeout|setInterval|addEventListener|setInteractive)$/;
    let hit = null;
    walk(this.ast, (n) => {
      if (hit || !/^(For|ForIn|ForOf)Statement$/.test(n.type)) return;
      // the loop's own var, and those declared with var straight in its body (var w = this.workers[i])
      const names = new Set();
      const head = n.type === 'ForStatement' ? n.init : n.left;
      const take = (d) => { if (d && d.type === 'VariableDeclaration' && d.kind === 'var') for (const x of d.declarations) if (x.id.type === 'Identifier') names.add(x.id.name); };
      take(head);
      walk(n.body, (d, parent, key, ctx) => { if (!ctx.fn) take(d); });
      if (!names.size) return;
      walk(n.body, (c) => {
        if (hit || c.type !== 'CallExpression') return;
        const name = c.callee.type === 'MemberExpression' && !c.callee.computed ? c.callee.property.name : c.callee.type === 'Identifier' ? c.callee.name : null;
        if (!name || !LATER.test(name)) return;
        for (const fn of c.arguments.filter((a) => /Function/.test(a.type))) {
          const shadow = new Set(fn.params.filter((p) => p.type === 'Identifier').map((p) => p.name));
          walk(fn.body, (r) => {
            if (!hit && r.type === 'Identifier' && names.has(r.name) && !shadow.has(r.name)) hit = { loop: n, fn, name: r.name, call: name };
          });
        }
      });
    });
    if (!hit) return;
    const line = lineOf(hit.fn);
    this.add('wrong_argument', true, `${hit.loop.type === 'ForStatement' && hit.loop.init && new RegExp(`\\b${hit.name}\\b`).test(this.code.slice(hit.loop.init.start, hit.loop.init.end)) ? `for (var ${hit.name} ...)` : `var ${hit.name} in the loop`} (line ${lineOf(hit.loop)}): the handler made in the loop and given to ${hit.call}() (line ${line}) reads ${hit.name} when it runs, after the loop has ended, and a var is one for the whole function: every such handler sees its last value (declare it with let: let ${hit.name})`, line, `let ${hit.name}`);
  }

  // Arcade colliders whose callback or objects say a game the physics does not play:
  // - a ball against a paddle (by the names of the objects or of the callback's parameters) where nothing in the program
  //   is immovable: two dynamic bodies share the hit, so each hit shoves the paddle out of its lane;
  // - brick.setActive(false).setVisible(false) in the callback, the body left on: colliders ignore active and visible,
  //   so the ball goes on bouncing off a brick nobody sees
  // a velocity set in a collide/overlap callback on an axis update() sets on every path, every frame: Arcade calls the
  // callbacks inside its step, before the scene's update(), and moves the body in the next step with what update()
  // wrote, so the callback's push (a knockback, a conveyor, a dash off a pad) never moves anything
  pushOverwrittenByUpdate() {
    const text = (n) => this.code.slice(n.start, n.end);
    const target = (callee) => {
      const path = callee.type === 'MemberExpression' && !callee.computed ? memberPath(callee.object) : null;
      return path ? path.replace(/\.body$/, '') : null;
    };
    // the velocity writes of one node: [{ path, axis, arg, n }]
    const writesOf = (n) => {
      const out = [];
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed) {
        const m = /^setVelocity([XY]?)$/.exec(n.callee.property.name);
        const path = m && target(n.callee);
        if (path && n.arguments.length) {
          if (m[1]) out.push({ path, axis: m[1].toLowerCase(), arg: n.arguments[0], n });
          else { out.push({ path, axis: 'x', arg: n.arguments[0], n }); out.push({ path, axis: 'y', arg: n.arguments[1] || n.arguments[0], n }); }
        }
      }
      if (n.type === 'AssignmentExpression' && n.operator === '=') {
        const m = /^(.+)\.body\.velocity\.([xy])$/.exec(memberPath(n.left) || '');
        if (m) out.push({ path: m[1], axis: m[2], arg: n.right, n });
      }
      return out;
    };
    const colliders = this.calls.filter((c) => (c.name === 'collider' || c.name === 'overlap') && /(^|\.)physics\.add$/.test(c.on || '') && c.n.arguments.length >= 3);
    // a key or pointer handler runs between frames: its velocity lasts one physics step before update() writes over it
    const INPUT = /^(keydown|keyup|pointerdown|pointerup)(-\w+)?$|^(down|up)$/;
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      if ((c.name === 'on' || c.name === 'once') && ev && ev.type === 'Literal' && typeof ev.value === 'string' && INPUT.test(ev.value) && c.n.arguments[1]) {
        colliders.push({ ...c, name: `'${ev.value}' handler`, input: true, n: { ...c.n, arguments: [null, null, c.n.arguments[1]] }, at: c.n });
      }
    }
    if (!colliders.length) return;
    const updates = this.lifecycle('update');
    if (!updates.length) return;
    for (const c of colliders) {
      const fn = this.handlerFunction(c.n.arguments[2]);
      if (!fn || !fn.body) continue;
      const body = text(fn.body);
      // a callback that ends or pauses the game: nothing moves after it anyway
      if (/physics\.pause|scene\.(pause|restart|start|stop)|\.pause\s*\(\s*\)|gameOver\s*=\s*true/.test(body)) continue;
      const operands = c.input ? [null, null] : [memberPath(c.n.arguments[0]), memberPath(c.n.arguments[1])];
      const pushes = [];
      walk(fn.body, (n) => {
        for (const w of writesOf(n)) {
          if (!w.arg || (w.arg.type === 'Literal' && w.arg.value === 0) || /velocity|\.body\b/.test(text(w.arg))) continue;
          const i = fn.params.findIndex((q) => q.type === 'Identifier' && q.name === w.path);
          const path = i === 0 || i === 1 ? operands[i] : w.path;
          if (path) pushes.push({ ...w, path });
        }
      });
      if (!pushes.length) continue;
      // what the callback keeps on the scene (a knockback flag, a timer): update() may read it to leave the velocity be
      const kept = new Set([...body.matchAll(/this\.(\w+)\s*(=[^=]|\+\+|--|[-+]=)/g)].map((m) => m[1]));
      const mentionsKept = (t) => [...kept].some((k) => new RegExp(`\\.${k}\\b`).test(t));
      for (const u of updates) {
        const locals = new Map();
        walk(u.body, (n) => {
          if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init) locals.set(n.id.name, (locals.get(n.id.name) || '') + ' ' + text(n.init));
          if (n.type === 'AssignmentExpression' && n.left.type === 'Identifier') locals.set(n.left.name, (locals.get(n.left.name) || '') + ' ' + text(n.right));
        });
        // what a written value depends on: its text and the values of the locals in it
        const depends = (arg) => {
          let t = text(arg);
          for (let depth = 0; depth < 3; depth++) for (const [name, v] of locals) if (new RegExp(`\\b${name}\\b`).test(t) && !t.includes(v)) t += ' ' + v;
          return t;
        };
        // writes made on every path through a list of statements (an if/else whose branches all write; a helper
        // of the program called straight from it, once deep); stops at a return guarded by what the callback keeps
        const everyPath = (stmts, depth) => {
          const out = new Map();
          for (const st of stmts) {
            if (st.type === 'ReturnStatement') break;
            if (st.type === 'IfStatement') {
              let returns = false;
              walk(st.consequent, (n) => { if (n.type === 'ReturnStatement') returns = true; });
              if (returns && mentionsKept(text(st.test))) break;
              if (st.alternate && !mentionsKept(text(st.test))) {
                const a = everyPath(st.consequent.type === 'BlockStatement' ? st.consequent.body : [st.consequent], depth);
                const b = everyPath(st.alternate.type === 'BlockStatement' ? st.alternate.body : [st.alternate], depth);
                for (const [k, w] of a) if (b.has(k)) out.set(k, { ...w, branches: st });
              }
              continue;
            }
            if (st.type === 'BlockStatement') { for (const [k, w] of everyPath(st.body, depth)) out.set(k, w); continue; }
            if (st.type !== 'ExpressionStatement') continue;
            const e = st.expression;
            for (const w of writesOf(e)) if (w.arg && !/velocity|\.body\b/.test(depends(w.arg)) && !mentionsKept(depends(w.arg))) out.set(`${w.path}|${w.axis}`, w);
            if (depth === 0 && e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && !e.callee.computed && e.callee.object.type === 'ThisExpression' && e.arguments.length === 0) {
              const helper = this.namedFunction(e.callee.property.name);
              if (helper && helper !== u && helper.body && helper.body.type === 'BlockStatement') for (const [k, w] of everyPath(helper.body.body, 1)) out.set(k, w);
            }
          }
          return out;
        };
        const written = everyPath(u.body.body, 0);
        const lost = pushes.find((w) => written.has(`${w.path}|${w.axis}`));
        if (!lost) continue;
        const over = written.get(`${lost.path}|${lost.axis}`);
        const by = over.branches ? `the if/else at line ${lineOf(over.branches)}, whose every branch sets ${lost.path}'s ${lost.axis} velocity` : `${text(over.n).slice(0, 60)} (line ${lineOf(over.n)})`;
        const why = c.input ? `a ${c.name} runs between frames, so the push lasts one physics step (1/60 s) before update() writes over it` : 'Arcade calls the callback inside its step, before update(), and moves the body with what update() wrote, so the push never moves it';
        this.add('never_fires', true, `${text(lost.n).slice(0, 60)} (line ${lineOf(lost.n)}) in the ${c.input ? c.name : c.name + ' callback'} is undone by ${by}, which update() runs every frame: ${why} (skip the write in update() while the push lasts: a flag with a timer)`, lineOf(lost.n), 'a flag that update() tests');
        return;
      }
    }
  }

  // a position kept by keeping the body's own vector (save = { pos: player.body.center }): Phaser writes into that
  // vector every frame, so what is kept is always where the object is now, and putting the object back at it does nothing
  liveVectorKept() {
    const LIVE = /^(.+)\.body\.(center|position)$/;
    const kept = []; // { path, owner, vector, n }
    // a collide callback's parameter is the object handed to the collider in its place
    const operandFor = (fn, name) => {
      const i = fn ? fn.params.findIndex((q) => q.type === 'Identifier' && q.name === name) : -1;
      const c = i === 0 || i === 1 ? this.calls.find((k) => (k.name === 'collider' || k.name === 'overlap') && k.n.arguments[2] === fn) : null;
      return c ? memberPath(c.n.arguments[i]) : null;
    };
    walk(this.ast, (n, parent, key, ctx) => {
      if (n.type !== 'AssignmentExpression' || n.operator !== '=') return;
      const left = memberPath(n.left);
      if (!left) return;
      const one = (path, value) => {
        const v = memberPath(value);
        const m = v && LIVE.exec(v);
        if (m) kept.push({ path, owner: operandFor(ctx.fn, m[1]) || m[1], vector: v, n: value });
      };
      if (n.right.type === 'ObjectExpression') {
        for (const q of n.right.properties) if (q.type === 'Property' && !q.computed && q.key) one(`${left}.${q.key.name || q.key.value}`, q.value);
      } else one(left, n.right);
    });
    for (const k of kept) {
      const from = new RegExp(`^${k.path.replace(/[.$]/g, '\\$&')}\\.[xy]$`);
      const owner = new RegExp(`^${k.owner.replace(/[.$]/g, '\\$&')}(\\.body)?$`);
      const restore = this.calls.find((c) => /^(setPosition|reset|setXY)$/.test(c.name) && owner.test(c.on || '') && c.n.arguments.some((a) => from.test(memberPath(a) || '')));
      let assigned = null;
      if (!restore) walk(this.ast, (n) => { if (!assigned && n.type === 'AssignmentExpression' && n.operator === '=' && new RegExp(`^${k.owner.replace(/[.$]/g, '\\$&')}\\.[xy]$`).test(memberPath(n.left) || '') && from.test(memberPath(n.right) || '')) assigned = n; });
      const back = restore ? restore.n : assigned;
      if (!back) continue;
      this.add('never_fires', true, `${k.path} (line ${lineOf(k.n)}) keeps ${k.vector} itself, not a copy: Phaser writes into that vector every frame, so it always holds where ${k.owner} is now, and putting ${k.owner} back at it (line ${lineOf(back)}) never takes it back to where it was (keep a copy: ${k.vector}.clone(), or { x: ${k.owner}.x, y: ${k.owner}.y })`, lineOf(k.n), 'a copy of the position');
      return;
    }
  }

  // a tween that moves an object with a static body (a door sliding open, a moving ledge) and nothing that moves the
  // body after it: a static body stays where it was made, so the collider still meets an invisible object there
  staticBodyTweened() {
    const statics = new Set(this.bindings().filter(([, v]) => {
      let c = v;
      while (c && c.type === 'CallExpression' && c.callee.type === 'MemberExpression' && c.callee.object.type === 'CallExpression' && !/(^|\.)physics\.add\.static(Image|Sprite)$/.test(memberPath(c.callee) || '')) c = c.callee.object;
      return c && c.type === 'CallExpression' && /(^|\.)physics\.add\.static(Image|Sprite)$/.test(memberPath(c.callee) || '');
    }).map(([path]) => path));
    for (const c of this.calls) if (c.name === 'existing' && /(^|\.)physics\.add$/.test(c.on || '') && c.n.arguments[1] && c.n.arguments[1].type === 'Literal' && c.n.arguments[1].value === true && memberPath(c.n.arguments[0])) statics.add(memberPath(c.n.arguments[0]));
    if (!statics.size) return;
    const bare = this.bare();
    for (const c of this.calls) {
      const cfg = c.n.arguments[0];
      if (c.name !== 'add' || !/(^|\.)tweens$/.test(c.on || '') || !cfg || cfg.type !== 'ObjectExpression') continue;
      const prop = (k) => cfg.properties.find((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === k);
      const targets = prop('targets');
      const name = targets && memberPath(targets.value);
      if (!name || !statics.has(name) || !(prop('x') || prop('y'))) continue;
      const esc = name.replace(/[.$]/g, '\\$&');
      // the body moved or switched off somewhere (or the collider taken away): the program takes care of it
      if (new RegExp(`refreshBody\\s*\\(|updateFromGameObject\\s*\\(|removeCollider|${esc}\\.(disableBody|destroy)\\b|${esc}\\.body\\.(enable|checkCollision)|collider\\w*\\.(destroy|active)|\\.active\\s*=\\s*false`).test(bare)) continue;
      const collider = this.calls.find((k) => (k.name === 'collider' || k.name === 'overlap') && /(^|\.)physics\.add$/.test(k.on || '') && k.n.arguments.slice(0, 2).some((a) => memberPath(a) === name));
      if (!collider) continue;
      this.add('never_fires', true, `the tween at line ${lineOf(c.n)} moves ${name}, which has a static body (the ${collider.name} at line ${lineOf(collider.n)}): a static body stays where it was made unless refreshBody() moves it, so the ${collider.name} still meets an invisible ${name} at its old place (call ${name}.refreshBody() in the tween's onUpdate / onComplete, or switch the body off: ${name}.body.enable = false)`, lineOf(c.n), 'refreshBody()');
      return;
    }
  }

  // this.onLadder = true in an overlap callback, and this.onLadder = false at the top of update() before it is read:
  // Arcade calls the callbacks inside its step, before the scene's update(), so the flag is put back to false every
  // frame before anything reads it, and what waits for it never runs (clear it at the end of update())
  flagClearedBeforeRead() {
    const text = (n) => this.code.slice(n.start, n.end);
    const set = new Map(); // flag -> the callback's assignment
    for (const c of this.calls) {
      if ((c.name !== 'collider' && c.name !== 'overlap') || !/(^|\.)physics\.add$/.test(c.on || '') || c.n.arguments.length < 3) continue;
      const fn = this.handlerFunction(c.n.arguments[2]);
      if (!fn || !fn.body) continue;
      walk(fn.body, (n) => {
        if (n.type === 'AssignmentExpression' && n.operator === '=' && /^this\.\w+$/.test(memberPath(n.left) || '') && !(n.right.type === 'Literal' && (n.right.value === false || n.right.value === null || n.right.value === 0))) set.set(memberPath(n.left), n);
      });
    }
    if (!set.size) return;
    for (const u of this.lifecycle('update')) {
      const stmts = u.body.body;
      for (let i = 0; i < stmts.length; i++) {
        const e = stmts[i].type === 'ExpressionStatement' ? stmts[i].expression : null;
        const flag = e && e.type === 'AssignmentExpression' && e.operator === '=' && e.right.type === 'Literal' && (e.right.value === false || e.right.value === null || e.right.value === 0) ? memberPath(e.left) : null;
        if (!flag || !set.has(flag)) continue;
        const esc = flag.replace(/[.$]/g, '\\$&');
        // the first later statement that reads it, with nothing between that could set it again (a collision test
        // made by hand, a helper of the program)
        for (let j = i + 1; j < stmts.length; j++) {
          const t = text(stmts[j]);
          if (new RegExp(`${esc}\\s*=[^=]`).test(t) || /\.(collide|overlap|step|update)\s*\(|\bthis\.\w+\s*\(/.test(t.replace(new RegExp(`${esc}\\b`, 'g'), ''))) break;
          if (!new RegExp(`${esc}\\b`).test(t)) continue;
          this.add('never_fires', true, `${flag} = ${text(e.right)} (line ${lineOf(e)}) at the top of update() undoes ${text(set.get(flag)).slice(0, 50)} (line ${lineOf(set.get(flag))}) in the collide callback: Arcade calls the callback inside its step, before update(), so ${flag} is false again before line ${lineOf(stmts[j])} reads it, every frame, and what waits for it never runs (clear it at the end of update())`, lineOf(e), 'the flag cleared after it is read');
          return;
        }
      }
    }
  }

  // setMaxVelocity(RUN_SPEED + 20, 800) and later setVelocity(DASH_SPEED * facing, 0) far above it: Arcade clamps the
  // velocity to the cap on every step, so the dash (a knockback, a launch) is cut down to the cap
  maxVelocityCutsPush() {
    const num = (n) => this.arithmetic(n);
    // how fast a push asks for: its number, or its number times a direction (facing, dir: plus or minus one)
    const DIRECTION = /^(facing|dir|direction|sign|side)\w*$|(Dir|Facing|Sign)$/;
    const size = (n) => {
      const v = num(n);
      if (v !== null) return Math.abs(v);
      if (n && n.type === 'UnaryExpression' && n.operator === '-') return size(n.argument);
      if (n && n.type === 'BinaryExpression' && n.operator === '*') {
        const name = (x) => (memberPath(x) || '').split('.').pop();
        const a = num(n.left); const b = num(n.right);
        if (a !== null && DIRECTION.test(name(n.right))) return Math.abs(a);
        if (b !== null && DIRECTION.test(name(n.left))) return Math.abs(b);
      }
      return null;
    };
    if (/maxVelocity\s*(\.\s*(x|y|set|setTo)\b|=)/.test(this.bare())) return; // the cap changed while the game runs
    const owner = (c) => (this.chainRoot(c.n) || '').replace(/\.body$/, '');
    const caps = this.calls.filter((c) => /^setMaxVelocity[XY]?$/.test(c.name) && owner(c));
    for (const cap of caps) {
      const who = owner(cap);
      if (caps.filter((c) => owner(c) === who).length > 1) continue;
      const [a0, a1] = cap.n.arguments;
      const limit = cap.name === 'setMaxVelocityX' ? { x: num(a0) } : cap.name === 'setMaxVelocityY' ? { y: num(a0) } : { x: num(a0), y: a1 ? num(a1) : num(a0) };
      for (const c of this.calls) {
        if (!/^setVelocity[XY]?$/.test(c.name) || owner(c) !== who || c === cap) continue;
        const [v0, v1] = c.n.arguments;
        const asks = c.name === 'setVelocityX' ? [['x', v0]] : c.name === 'setVelocityY' ? [['y', v0]] : [['x', v0], ['y', v1 === undefined ? v0 : v1]];
        for (const [axis, arg] of asks) {
          const want = arg ? size(arg) : null;
          const most = limit[axis];
          if (want === null || most === null || most === undefined || most <= 0 || want < 1.5 * most) continue;
          this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end).slice(0, 60)} (line ${lineOf(c.n)}) asks for ${Math.round(want)} px/s on ${axis}, but ${this.code.slice(cap.n.start, cap.n.end).slice(0, 60)} (line ${lineOf(cap.n)}) caps ${who}'s ${axis} velocity at ${Math.round(most)}: Arcade clamps the velocity to the cap on every step, so it never goes faster than ${Math.round(most)} (raise the cap, or lift it while the push lasts)`, lineOf(c.n), `maxVelocity.${axis} of at least ${Math.round(want)}`);
          return;
        }
      }
    }
  }

  // this.spawnPoint = { x: 60, y: 500 } in create(), a checkpoint callback that moves it, and a death that restarts the
  // scene: create() runs again on restart and puts the checkpoint back to the start before it places the player there
  checkpointWipedOnRestart() {
    const POINT = /spawn|checkpoint|respawn|save[dD]?Point|lastSafe/i;
    const DEATH = /\bdie\b|\bdies\b|death|dead|killed|respawn|spike|lava|fell|fall|hurt|\bhit\b/i;
    const OVER = /game\s*over|gameOver|lives\s*(<=|===|==|<)\s*[01]\b|\blives\s*>\s*0|health\s*<=\s*0/i;
    if (/restart\s*\(\s*[{\w]|registry\b|localStorage|sessionStorage/.test(this.bare())) return;
    const restarts = this.calls.filter((c) => c.name === 'restart' && /(^|\.)scene$/.test(c.on || '') && c.n.arguments.length === 0);
    // the two innermost functions round the restart (an arrow in a delayedCall, and the method it is in): a death,
    // not a game over
    const deathRestart = restarts.find((c) => {
      const round = [];
      walk(this.ast, (n) => { if (/Function/.test(n.type) && n.start <= c.n.start && n.end >= c.n.end) round.push(n); });
      const around = round.slice(-2).map((f) => this.code.slice(f.start, f.end)).join('\n') + ' ' + c.ctx.roles.filter(Boolean).join(' ');
      return DEATH.test(around) && !OVER.test(around);
    });
    if (!deathRestart) return;
    for (const n of this.lifecycle('create')) {
      if (this.wipedFound) return;
      const stmts = n.body.body;
      stmts.forEach((st, i) => {
        const e = st.type === 'ExpressionStatement' ? st.expression : null;
        const path = e && e.type === 'AssignmentExpression' && e.operator === '=' ? memberPath(e.left) : null;
        // (a place: spawnPoint, checkpoint; not a spawn delay, rate or count, which a restart is right to reset)
        // a place is an object or a vector; a number only for a checkpoint's index (this.nextSpawn = 1200 is a wait)
        if (this.wipedFound || !path || !/^this\.\w+$/.test(path) || !POINT.test(path) || /delay|time|rate|count|interval|speed|chance|timer/i.test(path)
          || !['ObjectExpression', 'Literal', 'ArrayExpression', 'NewExpression'].includes(e.right.type) || (e.right.type === 'Literal' && !/checkpoint|save[dD]?Point|lastSafe/i.test(path))) return;
        const esc = path.replace(/[.$]/g, '\\$&');
        const readAfter = stmts.slice(i + 1).some((s2) => new RegExp(`${esc}\\b(?!\\s*=[^=])`).test(this.code.slice(s2.start, s2.end)));
        // set elsewhere: outside create(), or in a callback made there (an overlap with the flags)
        const nested = [];
        walk(n.body, (m) => { if (/Function/.test(m.type)) nested.push(m); });
        const inCallback = (v) => nested.some((f) => v.start >= f.start && v.end <= f.end);
        const moved = this.assigns.find((a) => a.path === path && a.value !== e.right && (!(a.value.start >= n.start && a.value.end <= n.end) || inCallback(a.value)));
        if (!readAfter || !moved) return;
        this.wipedFound = true;
        this.add('never_fires', true, `${path} = ${this.code.slice(e.right.start, e.right.end).replace(/\s+/g, ' ').slice(0, 40)} (line ${lineOf(e)}) in create() runs again on each this.scene.restart() (line ${lineOf(deathRestart.n)}): the checkpoint set at line ${moved.line} is put back to the start before the player is placed from it, so every respawn is at the start (keep it: ${path} = ${path} || ..., or pass it with restart(data))`, lineOf(e), `${path} kept across restarts`);
      });
    }
  }

  // an object scene ({ key, preload, create, addScore() {...} }) whose own method is called as this.addScore: Phaser
  // copies only init, preload, create, update and render (and what is under extend) onto the scene it makes, so
  // this.addScore is undefined there and what it should do never happens (put it under extend: { addScore })
  objectSceneOwnMethods() {
    const LIFECYCLE = new Set(['init', 'preload', 'create', 'update', 'render', 'extend']);
    const scenes = [];
    const sceneValue = (v) => {
      if (!v) return;
      if (v.type === 'ObjectExpression') scenes.push(v);
      else if (v.type === 'ArrayExpression') v.elements.forEach(sceneValue);
      else if (v.type === 'Identifier') { const ds = this.decls.get(v.name) || []; if (ds.length === 1 && ds[0].init && ds[0].init.type === 'ObjectExpression') scenes.push(ds[0].init); }
    };
    for (const p of this.props) if (p.key === 'scene') sceneValue(p.value);
    for (const c of this.calls) if (c.name === 'add' && /(^|\.)scene$/.test(c.on || '') && c.n.arguments[1]) sceneValue(c.n.arguments[1]);
    for (const obj of scenes) {
      const keyed = new Map(obj.properties.filter((q) => q.type === 'Property' && !q.computed && q.key).map((q) => [q.key.name || q.key.value, q.value]));
      if (![...keyed.keys()].some((k) => k === 'create' || k === 'preload')) continue;
      for (const [name, value] of keyed) {
        if (LIFECYCLE.has(name) || !/Function/.test(value.type)) continue;
        const esc = name.replace(/[$]/g, '\\$&');
        if (new RegExp(`this\\.${esc}\\s*=[^=]|Object\\.assign\\s*\\(\\s*this`).test(this.bare())) continue;
        const use = new RegExp(`\\bthis\\.${esc}\\b`).exec(this.code.slice(obj.start, obj.end));
        if (!use) continue;
        const line = lineOf(obj) + this.code.slice(obj.start, obj.start + use.index).split('\n').length - 1;
        this.add('never_fires', true, `this.${name} (line ${line}) is the scene object's own key ${name}, but Phaser copies only init, preload, create, update and render (and what is under extend) onto the scene it makes from an object: this.${name} is undefined there, so what it should do never happens (put it under extend: { ${name} })`, line, `extend: { ${name} }`);
        return;
      }
    }
  }

  // frames.push({ t, keys: this.keyState }) every frame while this.keyState's fields are written in place: every entry
  // holds the same object, so what was recorded is the last state over and over (push a copy: { ...this.keyState })
  sameObjectRecorded() {
    const made = new Map(); // this.M -> where it was made as an object or array (in create/init)
    for (const a of this.assigns) if (/^this\.\w+$/.test(a.path) && ['ObjectExpression', 'ArrayExpression'].includes(a.value.type)) made.set(a.path, (made.get(a.path) || 0) + 1);
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.sameRecordFound || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed || n.callee.property.name !== 'push' || !ctx.roles.includes('update')) return;
      const arg = n.arguments[0];
      if (!arg || n.arguments.length !== 1) return;
      const held = arg.type === 'ObjectExpression' ? arg.properties.filter((q) => q.type === 'Property').map((q) => memberPath(q.value)).filter(Boolean) : [memberPath(arg)].filter(Boolean);
      for (const path of held) {
        if (made.get(path) !== 1) continue;
        const esc = path.replace(/[.$]/g, '\\$&');
        const inPlace = this.assigns.some((a) => a.path.startsWith(path + '.'));
        const renewed = new RegExp(`${esc}\\s*=[^=]`).test(ctx.fn ? this.code.slice(ctx.fn.start, ctx.fn.end) : '');
        if (!inPlace || renewed) continue;
        this.sameRecordFound = true;
        this.add('never_fires', true, `${memberPath(n.callee)}(...) (line ${lineOf(n)}) records ${path} itself on every frame, and ${path}'s fields are written in place: every entry holds the same object, so all of them show its last state and what was recorded is lost (push a copy: { ...${path} })`, lineOf(n), `a copy of ${path}`);
        return;
      }
    });
  }

  // Phaser.Math.Clamp(value, 1, 0): min above max, so Clamp returns min whatever the value (Math.max(min, Math.min(max, v)))
  clampBoundsSwapped() {
    for (const c of this.calls) {
      if (!/^(Clamp|clamp)$/.test(c.name) || !/(^|\.)Math$/.test(c.on || '') || c.n.arguments.length !== 3) continue;
      const lo = this.arithmetic(c.n.arguments[1]); const hi = this.arithmetic(c.n.arguments[2]);
      if (lo === null || hi === null || !(lo > hi)) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end).slice(0, 60)} (line ${lineOf(c.n)}): Clamp takes (value, min, max), and here min ${lo} is above max ${hi}, so it returns ${lo} whatever the value (Clamp(value, ${hi}, ${lo}))`, lineOf(c.n), `Clamp(value, ${hi}, ${lo})`);
      return;
    }
  }

  // if (n >= 1e3) ... else if (n >= 1e6) ...: every value the second test lets through the first has taken already, so
  // its branch never runs (a number formatter that never says 'M'); test the larger bound first
  shadowedThresholds() {
    const test = (t) => {
      if (!t || t.type !== 'BinaryExpression' || !['>=', '>', '<=', '<'].includes(t.operator)) return null;
      const v = this.arithmetic(t.right);
      const what = memberPath(t.left) || (t.left.type === 'CallExpression' ? this.code.slice(t.left.start, t.left.end) : null);
      return v === null || !what ? null : { what, op: t.operator, v };
    };
    // an if whose branch always leaves (return, throw): the ifs after it see only what it let through
    const leaves = (st) => !!st && (st.type === 'ReturnStatement' || st.type === 'ThrowStatement' || (st.type === 'BlockStatement' && st.body.length > 0 && leaves(st.body[st.body.length - 1])));
    const chains = [];
    walk(this.ast, (n, parent, key) => {
      if (n.type === 'IfStatement' && !(parent && parent.type === 'IfStatement' && key === 'alternate')) {
        const chain = [];
        for (let s = n; s && s.type === 'IfStatement'; s = s.alternate) chain.push(s);
        if (chain.length > 1) chains.push(chain);
      }
      if (n.type === 'BlockStatement') {
        let run = [];
        for (const st of n.body) {
          if (st.type === 'IfStatement' && !st.alternate && leaves(st.consequent)) run.push(st);
          else { if (run.length > 1) chains.push(run); run = []; }
        }
        if (run.length > 1) chains.push(run);
      }
    });
    for (const chain of chains) {
      if (this.thresholdFound) return;
      for (let i = 0; i < chain.length && !this.thresholdFound; i++) {
        const a = test(chain[i].test);
        if (!a) continue;
        for (let j = i + 1; j < chain.length; j++) {
          const b = test(chain[j].test);
          if (!b || b.what !== a.what) continue;
          const up = a.op[0] === '>' && b.op[0] === '>' && (b.v > a.v || (b.v === a.v && (a.op === '>=' || b.op === '>')));
          const down = a.op[0] === '<' && b.op[0] === '<' && (b.v < a.v || (b.v === a.v && (a.op === '<=' || b.op === '<')));
          if (!up && !down) continue;
          this.thresholdFound = true;
          this.add('never_fires', true, `the test ${this.code.slice(chain[j].test.start, chain[j].test.end)} (line ${lineOf(chain[j])}) comes after ${this.code.slice(chain[i].test.start, chain[i].test.end)} (line ${lineOf(chain[i])}), whose branch ${chain[j] === chain[i].alternate || chain.includes(chain[i].alternate) ? 'is taken first' : 'returns'}: every value it lets through has taken the earlier branch already, so its branch never runs (test the ${up ? 'larger' : 'smaller'} bound first)`, lineOf(chain[j]), `the ${up ? 'larger' : 'smaller'} bound first`);
          return;
        }
      }
    }
  }

  // this.prestigePoints += gain; this.scene.restart() while init() (or create()) sets this.prestigePoints = 0: restart
  // runs init() again on the same scene object before anything reads the new value, so what was just gained is lost
  raisedThenWipedByRestart() {
    // (a restart straight in create(): a new roll of what create() just made, as a board dealt already solved)
    const restarts = this.calls.filter((c) => c.name === 'restart' && /(^|\.)scene$/.test(c.on || '') && c.n.arguments.length === 0 && c.ctx.fn
      && !['create', 'init'].includes(c.ctx.roles[c.ctx.roles.length - 1]));
    if (!restarts.length) return;
    // this.M = <literal> straight in init() / create()
    const resets = new Map();
    for (const role of ['init', 'create']) {
      for (const n of this.lifecycle(role)) {
        for (const st of n.body.body) {
          const e = st.type === 'ExpressionStatement' ? st.expression : null;
          if (e && e.type === 'AssignmentExpression' && e.operator === '=' && /^this\.\w+$/.test(memberPath(e.left) || '') && ['Literal', 'ArrayExpression', 'ObjectExpression'].includes(e.right.type) && !resets.has(memberPath(e.left))) resets.set(memberPath(e.left), { e, role });
        }
      }
    }
    for (const r of restarts) {
      let raised = null;
      // if (this.lives <= 0) this.scene.restart(): the restart is the reset the game means when the value runs out
      const guards = [];
      walk(r.ctx.fn.body, (n) => { if (n.type === 'IfStatement' && n.consequent.start <= r.n.start && r.n.end <= n.consequent.end) guards.push(this.code.slice(n.test.start, n.test.end)); });
      // a branch that holds the change but not the restart (if (arrow) nextDir = d; if (space) restart()): the two never
      // run in the same call
      const branches = [];
      walk(r.ctx.fn.body, (n) => { if (n.type === 'IfStatement') branches.push(n.consequent, n.alternate); else if (n.type === 'ConditionalExpression') branches.push(n.consequent, n.alternate); });
      const apart = (n) => branches.some((b) => b && b.start <= n.start && n.end <= b.end && !(b.start <= r.n.start && r.n.end <= b.end));
      walk(r.ctx.fn.body, (n) => {
        if (raised || n.start > r.n.start) return;
        const target = n.type === 'AssignmentExpression' ? n.left : n.type === 'UpdateExpression' ? n.argument : null;
        const path = target ? memberPath(target) : null;
        if (!path || !resets.has(path)) return;
        if (n.type === 'AssignmentExpression' && n.operator === '=' && n.right.type === 'Literal') return;
        if (apart(n) || guards.some((g) => g.includes(path))) return;
        raised = n;
      });
      if (!raised) continue;
      const path = memberPath(raised.type === 'AssignmentExpression' ? raised.left : raised.argument);
      const reset = resets.get(path);
      // kept somewhere that outlives the scene run (storage, the registry) and read back: not lost
      if (/setItem|registry\.(set|inc)|\.data\.set|restart\s*\(\s*\{/.test(this.code.slice(r.ctx.fn.start, r.ctx.fn.end))) continue;
      if (this.assigns.filter((a) => a.path === path && a.line !== lineOf(reset.e) && a.line !== lineOf(raised)).some((a) => !(a.value.type === 'Literal'))) {
        const other = this.assigns.find((a) => a.path === path && a.value !== reset.e.right && a.value.type !== 'Literal' && a.value.start !== (raised.right && raised.right.start));
        if (other && /localStorage|registry|getItem|data\.get/.test(this.code.slice(other.value.start, other.value.end))) continue;
      }
      this.add('never_fires', true, `${this.code.slice(raised.start, raised.end).slice(0, 50)} (line ${lineOf(raised)}) is followed by this.scene.restart() (line ${lineOf(r.n)}), which runs ${reset.role}() again, and ${reset.role}() sets ${path} = ${this.code.slice(reset.e.right.start, reset.e.right.end).slice(0, 20)} (line ${lineOf(reset.e)}): what was just gained is lost before anything reads it (keep it: ${path} = ${path} || ..., or pass it in restart(data))`, lineOf(raised), `${path} kept across the restart`);
      return;
    }
  }

  // let cost = upg.cost; ... cost = Math.ceil(cost * 1.15) as the last use: the new value goes into the local copy,
  // which nothing reads again, so upg.cost never changes (upg.cost = ...)
  copyUpdatedNotField() {
    walk(this.ast, (fn) => {
      if (this.copyFound || !/Function/.test(fn.type) || !fn.body || fn.body.type !== 'BlockStatement') return;
      const stmts = fn.body.body;
      const copies = new Map(); // local -> the field it was copied from
      for (const st of stmts) {
        if (st.type !== 'VariableDeclaration' || st.kind === 'const') continue;
        for (const d of st.declarations) {
          const from = d.init && d.id.type === 'Identifier' ? memberPath(d.init) : null;
          if (from && from.includes('.') && d.init.type === 'MemberExpression') copies.set(d.id.name, from);
        }
      }
      if (!copies.size) return;
      stmts.forEach((st, i) => {
        if (this.copyFound || st.type !== 'ExpressionStatement') return;
        const e = st.expression;
        const name = e.type === 'AssignmentExpression' && e.left.type === 'Identifier' ? e.left.name : null;
        if (!name || !copies.has(name)) return;
        const rest = this.code.slice(st.end, fn.body.end);
        if (new RegExp(`\\b${name}\\b`).test(rest)) return;
        // a closure made earlier may read it later
        if (new RegExp(`=>[^;]*\\b${name}\\b|function\\s*\\([^)]*\\)\\s*\\{[^}]*\\b${name}\\b`).test(this.code.slice(fn.body.start, st.start))) return;
        this.copyFound = true;
        const field = copies.get(name);
        this.add('never_fires', true, `${this.code.slice(e.start, e.end).slice(0, 60)} (line ${lineOf(e)}) writes the local copy ${name} of ${field}, and nothing reads ${name} after it: ${field} never changes (${field} = ...)`, lineOf(e), `${field} = ...`);
      });
    });
  }

  // an overlap callback that takes what it touched away with killAndHide() / setActive(false) and leaves its body on:
  // the overlap goes on testing that body, so the callback runs again every frame for an object no longer seen
  hiddenButStillOverlapping() {
    for (const c of this.calls) {
      if (c.name !== 'overlap' || !/(^|\.)physics\.add$/.test(c.on || '') || c.n.arguments.length < 3) continue;
      const fn = this.handlerFunction(c.n.arguments[2]);
      if (!fn || !fn.body || fn.params.length < 2) continue;
      const body = this.code.slice(fn.body.start, fn.body.end);
      const params = fn.params.filter((q) => q.type === 'Identifier').map((q) => q.name);
      const hides = params.find((q) => new RegExp(`killAndHide\\s*\\(\\s*${q}\\s*\\)|\\b${q}\\.setActive\\s*\\(\\s*false\\s*\\)`).test(body));
      if (!hides) continue;
      if (new RegExp(`\\b${hides}\\.(active|visible)\\b|disableBody|body\\.enable\\s*=\\s*false|\\b${hides}\\.(destroy|disableBody)\\b|\\.remove\\s*\\(|checkCollision\\.none|\\.enable\\s*=\\s*false`).test(body)) continue;
      this.add('never_fires', true, `the overlap callback (line ${lineOf(fn)}) takes ${hides} away with ${/killAndHide/.test(body) ? 'killAndHide()' : 'setActive(false)'} and leaves its body on: the overlap goes on testing that body, so the callback runs again every frame for an object no longer seen (disableBody(true, true) turns the body off too)`, lineOf(fn), 'disableBody(true, true)');
      return;
    }
  }

  // enemy.disableBody(false, true) while the wave waits for group.countActive() to reach 0: false keeps the object
  // active (it is only hidden), so the count never drops and what waits for it never comes (disableBody(true, true))
  keptActiveButCounted() {
    const kept = this.calls.find((c) => c.name === 'disableBody' && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && c.n.arguments[0].value === false);
    const count = this.calls.find((c) => c.name === 'countActive' && !(c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && c.n.arguments[0].value === false));
    if (!kept || !count) return;
    const who = (kept.on || '').replace(/[.$]/g, '\\$&');
    if (/setActive\s*\(\s*false|killAndHide|disableBody\s*\(\s*true|\.active\s*=\s*false/.test(this.bare()) || (who && new RegExp(`\\b${who}\\.destroy\\s*\\(`).test(this.bare()))) return;
    this.add('never_fires', true, `${this.code.slice(kept.n.start, kept.n.end).slice(0, 50)} (line ${lineOf(kept.n)}) keeps the object active (the first argument is whether to deactivate it), while ${this.code.slice(count.n.start, count.n.end).slice(0, 40)} (line ${lineOf(count.n)}) counts active members: the count never drops, so what waits for it never comes (disableBody(true, true))`, lineOf(kept.n), 'disableBody(true, true)');
  }

  // this.scene.restart({ level, score }) while init() takes no data: what restart passes is never read, and init() or
  // create() starts every run from the same values (init(data) { this.level = data.level || 1; })
  restartDataIgnored() {
    const c = this.calls.find((k) => k.name === 'restart' && /(^|\.)scene$/.test(k.on || '') && k.n.arguments[0] && k.n.arguments[0].type === 'ObjectExpression' && k.n.arguments[0].properties.length);
    if (!c || /settings\s*\.\s*data|sys\.getData|\.getData\s*\(\s*\)/.test(this.bare())) return;
    const reads = [...this.lifecycle('init'), ...this.lifecycle('create')].some((n) => {
      const p = n.params[0];
      return p && (p.type !== 'Identifier' || new RegExp(`\\b${p.name}\\b`).test(this.code.slice(n.body.start, n.body.end)));
    });
    if (reads) return;
    const keys = c.n.arguments[0].properties.filter((q) => q.type === 'Property' && q.key).map((q) => q.key.name || q.key.value);
    this.add('never_fires', true, `this.scene.restart({ ${keys.join(', ')} }) (line ${lineOf(c.n)}) passes data to the scene's init() and create(), but neither takes it: the values are never read, and the next run starts from the same ones (init(data) { this.${keys[0]} = data.${keys[0]}; })`, lineOf(c.n), 'init(data)');
  }

  // this.scene.restart({ floor: this.depth + 1 }) while init(data) reads data.depth: the key passed is not the key
  // read, so the value never arrives and the scene starts from its default each time
  sceneDataKeysDiffer() {
    const keyed = this.classes.filter((k) => k.id).map((k) => ({ cls: k, key: sceneKeyOf(k) || k.id.name }));
    for (const c of this.calls) {
      if (!/(^|\.)scene$/.test(c.on || '')) continue;
      let target = null;
      let data = null;
      if (c.name === 'restart') { target = c.ctx.cls; data = c.n.arguments[0]; }
      else if (['start', 'launch', 'run', 'switch'].includes(c.name) && c.n.arguments[0] && c.n.arguments[0].type === 'Literal') {
        const k = keyed.filter((x) => x.key === c.n.arguments[0].value);
        target = k.length === 1 ? k[0].cls : null;
        data = c.n.arguments[1];
      }
      if (!target || !data || data.type !== 'ObjectExpression' || !data.properties.length || data.properties.some((q) => q.type !== 'Property' || q.computed)) continue;
      const passed = data.properties.map((q) => q.key.name || q.key.value);
      const methods = target.body.body.filter((m) => m.type === 'MethodDefinition' && m.key && ['init', 'create'].includes(m.key.name) && m.value.params.length);
      if (!methods.length) continue;
      const read = new Set();
      let opaque = false;
      for (const m of methods) {
        const p = m.value.params[0];
        if (p.type === 'ObjectPattern') { for (const q of p.properties) if (q.type === 'Property' && !q.computed && q.key) read.add(q.key.name || q.key.value); else opaque = true; continue; }
        if (p.type === 'AssignmentPattern' && p.left.type === 'Identifier') { opaque = opaque || p.right.type !== 'ObjectExpression' || p.right.properties.length > 0; }
        const name = p.type === 'Identifier' ? p.name : p.type === 'AssignmentPattern' && p.left.type === 'Identifier' ? p.left.name : null;
        if (!name) { opaque = true; continue; }
        walk(m.value.body, (n, parent, key) => {
          if (n.type !== 'Identifier' || n.name !== name || (parent && parent.type === 'MemberExpression' && key === 'property' && !parent.computed)) return;
          if (parent && parent.type === 'MemberExpression' && key === 'object' && !parent.computed) read.add(parent.property.name);
          else if (parent && parent.type === 'VariableDeclarator' && key === 'init' && parent.id.type === 'ObjectPattern') parent.id.properties.forEach((q) => { if (q.type === 'Property' && q.key) read.add(q.key.name || q.key.value); else opaque = true; });
          else if (!(parent && parent.type === 'LogicalExpression')) opaque = true;
        });
      }
      if (opaque || !read.size || /settings\s*\.\s*data|sys\.getData/.test(this.bare())) continue;
      const lost = passed.filter((k) => !read.has(k));
      const missing = [...read].filter((k) => !passed.includes(k));
      if (!lost.length || !missing.length) continue;
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end).slice(0, 70)} (line ${lineOf(c.n)}) passes ${lost.map((k) => `'${k}'`).join(', ')}, but the scene's ${methods.map((m) => m.key.name).join('/')}(data) reads ${missing.map((k) => `'${k}'`).join(', ')}, which it is never given: the value passed is lost and the scene starts from its default each time (pass the key it reads, or read the key passed)`, lineOf(c.n), `the key ${missing[0]}`);
      return;
    }
  }

  // button.on('pointerdown', (pointer, x, y) => this.add.text(x, y, '+1')): a game object's pointer events pass the
  // point inside the object (from its top-left corner) after the pointer, so what is placed there lands near the
  // view's top-left corner, not where the click was (pointer.worldX, pointer.worldY)
  // a Shape game object's geom (Arc, Rectangle, Ellipse, Triangle, Polygon, Line) is its outline in the object's own
  // space, built at (0, 0), and moving the object never moves it: tested against world points it is never hit
  shapeGeomInWorld() {
    const TESTS = /^(Contains|ContainsPoint|ContainsRect|contains|CircleToCircle|CircleToRectangle|RectangleToRectangle|RectangleToTriangle|TriangleToCircle|TriangleToTriangle|LineToCircle|LineToRectangle|PointToLine|GetRectangleIntersection|Overlaps)$/;
    const isGeom = (n) => n && n.type === 'MemberExpression' && !n.computed && n.property.name === 'geom';
    for (const c of this.calls) {
      if (!TESTS.test(c.name)) continue;
      const callee = c.n.callee;
      const shapeArg = c.n.arguments.find(isGeom);
      const onGeom = callee.type === 'MemberExpression' && isGeom(callee.object) ? callee.object : null;
      const geom = shapeArg || onGeom;
      if (!geom) continue;
      const others = c.n.arguments.filter((a) => a !== geom);
      if (!others.length) continue;
      const owner = this.code.slice(geom.object.start, geom.object.end);
      // a point first taken into the object's space (pointer.x - shape.x, getLocalPoint, localX) is right
      if (others.some((a) => /-|local/i.test(this.code.slice(a.start, a.end)))) continue;
      // an object made at (0, 0) keeps its geom where the world is
      const path = memberPath(geom.object);
      const made = path ? (this.decls.get(path) || []).map((d) => d.init).concat(this.assigns.filter((x) => x.path === path).map((x) => x.value)) : [];
      if (made.some((v) => v && v.type === 'CallExpression' && v.arguments.length >= 2 && v.arguments.slice(0, 2).every((a) => a.type === 'Literal' && a.value === 0))) continue;
      const text = this.code.slice(c.n.start, c.n.end).replace(/\s+/g, ' ').slice(0, 70);
      this.add('wrong_argument', true, `${text}: ${owner}.geom is the shape in ${owner}'s own space, made at (0, 0) and never moved with the object, so testing it against world points (${others.map((a) => this.code.slice(a.start, a.end)).join(', ').slice(0, 60)}) does not find what is on the screen (use ${owner}.getBounds(), Phaser.Math.Distance.Between(${owner}.x, ${owner}.y, ...) against its radius, or subtract ${owner}.x, ${owner}.y first)`, lineOf(c.n), `${owner}.getBounds()`);
      return;
    }
  }

  // sprite.play(key) starts the animation over on every call unless ignoreIfPlaying is true: called from update()
  // while a key is held, the sprite shows the animation's first frame on every frame and never walks
  animationRestartedEveryFrame() {
    const keys = new Set();
    for (const c of this.calls) {
      if (c.name !== 'create' || !/(^|\.)anims$/.test(c.on || '') || !c.n.arguments[0] || c.n.arguments[0].type !== 'ObjectExpression') continue;
      const props = c.n.arguments[0].properties.filter((q) => q.type === 'Property' && q.key);
      const key = props.find((q) => (q.key.name || q.key.value) === 'key');
      const frames = props.find((q) => (q.key.name || q.key.value) === 'frames');
      if (!key || key.value.type !== 'Literal' || !frames) continue;
      if (frames.value.type === 'ArrayExpression' && frames.value.elements.length < 2) continue;
      keys.add(key.value.value);
    }
    if (!keys.size) return;
    // tests that say the animation is only started when it changes (a state compared, currentAnim, isPlaying, a key's
    // first frame)
    const GUARD = /currentAnim|isPlaying|getName|JustDown|JustUp|['"`]|[!=]==?|anims\.|\bonce\b/;
    for (const fn of this.lifecycle('update')) {
      let found = null;
      const go = (n, tests) => {
        if (found || !n || typeof n.type !== 'string') return;
        if (/Function/.test(n.type) && n !== fn) return;
        if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.property.name === 'play') {
          const [a, b] = n.arguments;
          const on = memberPath(n.callee.object) || '';
          if (a && a.type === 'Literal' && keys.has(a.value) && (!b || (b.type === 'Literal' && b.value === false)) && !/(^|\.)(sound|tweens|music|bgm|sfx)\b/i.test(on)
            && tests.some((t) => !t.startsWith('!(') && /isDown|velocity|speed|moving/i.test(t)) && !tests.some((t) => GUARD.test(t))) found = n;
        }
        const TEST = n.type === 'IfStatement' || n.type === 'ConditionalExpression';
        for (const k in n) {
          if (SKIP_KEYS.has(k)) continue;
          const v = n[k];
          // the branch taken while the test holds, or the other one ('!(test)')
          const test = TEST ? this.code.slice(n.test.start, n.test.end) : '';
          const more = TEST && k === 'consequent' ? [...tests, test] : TEST && k === 'alternate' ? [...tests, `!(${test})`] : tests;
          if (Array.isArray(v)) v.forEach((x) => go(x, more)); else if (v && typeof v.type === 'string') go(v, more);
        }
      };
      go(fn.body, []);
      if (!found) continue;
      const text = this.code.slice(found.start, found.end);
      this.add('never_fires', true, `${text} (line ${lineOf(found)}) runs in update() on every frame the key is held, and play() starts '${found.arguments[0].value}' over from its first frame on each call: the sprite never gets past that frame (pass true to keep it playing: ${text.replace(/\)$/, ', true)')})`, lineOf(found), `${text.replace(/\)$/, ', true)')}`);
      return;
    }
  }

  // enableBody(true, ...) and body.reset() stop the body: a velocity set on the same object just before them, in the
  // same block, is wiped (a bullet taken from a pool that never moves)
  velocityBeforeReset() {
    const SETS = /^(setVelocity|setVelocityX|setVelocityY|setAcceleration|setAccelerationX|setAccelerationY)$/;
    const objectOf = (st) => {
      const e = st.type === 'ExpressionStatement' ? st.expression : null;
      if (!e) return null;
      if (e.type === 'AssignmentExpression' && e.left.type === 'MemberExpression') {
        const m = /^(.*?)(\.body)?\.(velocity|acceleration)\.[xy]$/.exec(memberPath(e.left) || '');
        return m ? { kind: 'set', on: m[1], n: e } : null;
      }
      if (e.type !== 'CallExpression' || e.callee.type !== 'MemberExpression' || e.callee.computed) return null;
      const name = e.callee.property.name;
      const on = (memberPath(e.callee.object) || '').replace(/\.body$/, '');
      if (!on) return null;
      if (SETS.test(name)) return { kind: 'set', on, n: e };
      const a = e.arguments[0];
      if ((name === 'enableBody' && a && a.type === 'Literal' && a.value === true) || ((name === 'reset' || name === 'stop') && /\.body$/.test(memberPath(e.callee.object) || ''))) return { kind: 'reset', on, n: e, name };
      return null;
    };
    let found = null;
    walk(this.ast, (n) => {
      if (found || n.type !== 'BlockStatement') return;
      const seen = new Map(); // object -> the statement that set its velocity
      for (const st of n.body) {
        const o = objectOf(st);
        if (!o) continue;
        if (o.kind === 'set' && !(o.n.type === 'CallExpression' && o.n.arguments.every((a) => a.type === 'Literal' && a.value === 0))) seen.set(o.on, o.n);
        else if (seen.has(o.on)) { found = [seen.get(o.on), o]; return; }
      }
    });
    if (!found) return;
    const [set, reset] = found;
    const what = reset.name === 'enableBody' ? `${this.code.slice(reset.n.start, reset.n.end)}` : `${reset.on}.body.${reset.name}()`;
    this.add('never_fires', true, `${this.code.slice(set.start, set.end).replace(/\s+/g, ' ')} (line ${lineOf(set)}) comes before ${what} (line ${lineOf(reset.n)}), which resets the body and stops it: the velocity is wiped, so ${reset.on} does not move (set the velocity after it)`, lineOf(set), 'the velocity after the reset');
  }

  // new Geom.Rectangle(o.x, o.y, o.width, o.height) for a game object with the default origin 0.5 (a rectangle shape,
  // image, sprite, zone): x, y are its middle, so the Geom rectangle lies half a size right of and below the object
  rectangleFromCentredObject() {
    const CENTRED = /(^|\.)(add|physics\.add|matter\.add)\.(rectangle|image|sprite|zone|ellipse|circle|star|tileSprite|staticImage|staticSprite)$/;
    const centred = (v) => { while (v && v.type === 'CallExpression' && v.callee.type === 'MemberExpression' && v.callee.object.type === 'CallExpression') v = v.callee.object; return !!v && v.type === 'CallExpression' && CENTRED.test(memberPath(v.callee) || ''); };
    // the objects a name stands for: its own value, or the members of the list a callback walks (walls.map(w => ...))
    const objectsOf = (id, ctxFn, handedTo) => {
      if (ctxFn && id.type === 'Identifier' && ctxFn.params.some((q) => q.type === 'Identifier' && q.name === id.name)) {
        if (!handedTo || ctxFn.params[0].name !== id.name) return [];
        const list = handedTo.replace(/\.(map|forEach|filter|some|every|find)$/, '');
        const made = this.bindings().filter(([p]) => p === list).map(([, v]) => v);
        return made.length === 1 && made[0].type === 'ArrayExpression' ? made[0].elements : [];
      }
      const path = memberPath(id);
      return this.bindings().filter(([p]) => p === path).map(([, v]) => v);
    };
    let found = null;
    walk(this.ast, (n, parent, key, ctx) => {
      if (found || n.type !== 'NewExpression' || memberPath(n.callee) !== 'Phaser.Geom.Rectangle' || n.arguments.length !== 4) return;
      const [x, y, w, h] = n.arguments;
      const root = (a, prop) => a.type === 'MemberExpression' && !a.computed && prop.test(a.property.name) ? a.object : null;
      const o = root(x, /^x$/);
      if (!o || [root(y, /^y$/), root(w, /^(width|displayWidth)$/), root(h, /^(height|displayHeight)$/)].some((r) => !r || memberPath(r) !== memberPath(o)) || !memberPath(o)) return;
      const objects = objectsOf(o, ctx.fn, ctx.handedTo[ctx.handedTo.length - 1]);
      if (objects.length && objects.every(centred)) found = { n, o: memberPath(o) };
    });
    if (!found) return;
    const text = this.code.slice(found.n.start, found.n.end);
    this.add('misplaced', true, `${text} (line ${lineOf(found.n)}) takes ${found.o}.x, ${found.o}.y as the rectangle's top-left corner, but ${found.o} has the default origin 0.5, so x, y are its middle: the Geom rectangle lies half its size right of and below the object (use ${found.o}.getBounds())`, lineOf(found.n), `${found.o}.getBounds()`);
  }

  // a Geom shape drawn through a Graphics that is moved or turned (setPosition, rotation) stays where it was made: the
  // drawing moves, the shape does not, so testing it against world points misses what is on the screen
  geomDrawnThroughMovedGraphics() {
    const shapes = new Set();
    for (const [path, v] of this.bindings()) if (v.type === 'NewExpression' && /^Phaser\.Geom\.(Triangle|Rectangle|Circle|Ellipse|Polygon)$/.test(memberPath(v.callee) || '')) shapes.add(path);
    for (const c of this.calls) {
      if (!/^(Contains|ContainsPoint)$/.test(c.name) || !/(^|\.)Geom\.\w+$/.test(c.on || '')) continue;
      const [shape, ...point] = c.n.arguments;
      const path = shape ? memberPath(shape) : null;
      if (!path || !shapes.has(path) || !point.length || point.some((a) => /-|local|transform|inverse/i.test(this.code.slice(a.start, a.end)))) continue;
      const esc = path.replace(/[.$]/g, (m) => '\\' + m);
      // the shape itself is moved, turned or made again
      if (new RegExp(`\\b(Offset|CenterOn|Rotate\\w*|Translate\\w*|setTo|setPosition|Scale)\\s*\\(\\s*${esc}\\b|${esc}\\s*\\.\\s*(setTo|setPosition|setCentre|x\\d?|y\\d?|points|centerX|centerY)\\s*(=[^=]|\\()`).test(this.code)) continue;
      if (this.bindings().filter(([p]) => p === path).length > 1) continue;
      const drawer = this.calls.find((d) => /^(fill|stroke)\w*Shape$/.test(d.name) && d.n.arguments[0] && memberPath(d.n.arguments[0]) === path && d.on);
      if (!drawer) continue;
      const g = drawer.on.replace(/[.$]/g, (m) => '\\' + m);
      const moved = new RegExp(`${g}\\s*\\.\\s*(setPosition|setRotation|setAngle|setX|setY|x\\s*=[^=]|y\\s*=[^=]|rotation\\s*=[^=]|angle\\s*=[^=])`).exec(this.code);
      if (!moved) continue;
      const text = this.code.slice(c.n.start, c.n.end).replace(/\s+/g, ' ');
      this.add('wrong_argument', true, `${text} (line ${lineOf(c.n)}) tests ${path}, which is drawn through ${drawer.on} (line ${lineOf(drawer.n)}), and ${drawer.on} is moved or turned (${moved[1].replace(/\s*=.*/, ' =')}): the drawing goes where ${drawer.on} is, but ${path} stays at the coordinates it was made with, so the test against world points misses what is on the screen (move the point into ${drawer.on}'s space first, or build the shape at its world place)`, lineOf(c.n), 'the point in the shape\'s own space');
      return;
    }
  }

  // Matter settings that look right and do nothing, or the wrong thing:
  // - matter.world.setGravity(0): y defaults to 1, so gravity still pulls down (setGravity(0, 0) or disableGravity());
  // - matter.add.chain(composite, 25, 0, -25, 0): the offsets are fractions of each body's size (0.5 is the edge),
  //   so pixels put the links far outside the bodies and the chain tears itself apart;
  // - a collision category that is not a power of two (BLUE: 3 is the bits of 1 and 2): it overlaps other categories;
  // - obj.isSensor = true on a game object: isSensor() is the object's method, the body is never a sensor (setSensor(true));
  // - matter.add.image(x, y, key, null, opts).setCircle(r): a new body made with the defaults, the options are lost
  //   (setCircle(r, opts)).
  matterSettingsSlips() {
    const say = (code, n, message, expected) => this.add(code, true, `${this.code.slice(n.start, n.end).replace(/\s+/g, ' ').slice(0, 70)} (line ${lineOf(n)}): ${message}`, lineOf(n), expected);
    const power = (v) => v > 0 && Number.isInteger(v) && (v & (v - 1)) === 0;
    for (const c of this.calls) {
      const a = c.n.arguments;
      if (c.name === 'setGravity' && /(^|\.)matter\.world$/.test(c.on || '') && a.length === 1 && this.numberOf(a[0]) === 0) {
        return say('wrong_argument', c.n, "the world's setGravity(x, y) takes y as 1 when it is left out, so this sets x to 0 and keeps gravity pulling down (setGravity(0, 0), or disableGravity())", 'setGravity(0, 0)');
      }
      if (c.name === 'chain' && /(^|\.)matter\.add$/.test(c.on || '') && a.length >= 5) {
        const offsets = a.slice(1, 5).map((x) => this.numberOf(x));
        if (offsets.some((v) => typeof v === 'number' && Math.abs(v) > 1)) {
          return say('wrong_argument', c.n, 'chain() takes its offsets as fractions of each body\'s size (0.5 is the right edge, -0.5 the left), and these are pixels: the links are fixed far outside the bodies and the chain tears itself apart (0.5, 0, -0.5, 0)', 'offsets within -1..1');
        }
      }
      if (c.name === 'setCollisionCategory' && a[0] && typeof this.numberOf(a[0]) === 'number' && !power(this.numberOf(a[0]))) {
        return say('wrong_argument', c.n, `a collision category is one bit, and ${this.numberOf(a[0])} is not a power of two: it shares bits with other categories, so masks meant for one also catch the other (this.matter.world.nextCategory())`, 'a power of two');
      }
    }
    // categories kept in an object of constants (const CAT = { RED: 2, BLUE: 3 }) handed to the collision calls
    // (where a category goes: setCollisionCategory(), the list setCollidesWith() takes, collisionFilter.category; a
    // mask is several bits on purpose)
    const text = (n) => this.code.slice(n.start, n.end);
    const filterText = this.calls.filter((c) => c.name === 'setCollisionCategory' || (c.name === 'setCollidesWith' && c.n.arguments[0] && c.n.arguments[0].type === 'ArrayExpression')).map((c) => text(c.n))
      .concat(this.assigns.filter((a) => /(^|\.)collisionFilter\.category$/.test(a.path)).map((a) => text(a.value)))
      .concat(this.props.filter((p) => p.key === 'category').map((p) => text(p.value))).join(' ');
    for (const m of new Set([...filterText.matchAll(/\b([A-Za-z_$][\w$]*)\.[A-Za-z_$]/g)].map((x) => x[1]))) {
      const d = this.decls.get(m);
      const obj = d && d.length === 1 && d[0].init && d[0].init.type === 'ObjectExpression' ? d[0].init : null;
      // (a key named as a mask, ALL: 7 or PLAYER_MASK: 6, is several bits on purpose)
      const bad = obj && obj.properties.find((p) => p.type === 'Property' && p.key && !/all|mask|any|every|none|both|with/i.test(p.key.name || String(p.key.value))
        && typeof this.numberOf(p.value) === 'number' && this.numberOf(p.value) !== 0 && !power(this.numberOf(p.value)));
      if (bad) {
        return say('wrong_argument', bad, `a collision category is one bit, and ${m}.${bad.key.name || bad.key.value} = ${this.numberOf(bad.value)} is not a power of two: it shares bits with other categories, so masks meant for one also catch the other (1, 2, 4, 8, ... or this.matter.world.nextCategory())`, 'a power of two');
      }
    }
    // f.setCollidesWith([CAT_BALL]) with no category of its own (it keeps 1), and the ball's list leaves 1 out: a pair
    // collides only when each one's mask takes the other's category, so they pass through each other
    const notOne = (e) => { const v = e && this.numberOf(e); if (typeof v === 'number') return v >= 2; const path = e && memberPath(e); return !!path && this.assigns.some((a) => a.path === path && /nextCategory\s*\(/.test(this.code.slice(a.value.start, a.value.end))); };
    const rootOf = (c) => this.chainRoot(c.n) || c.on;
    const categorised = new Set(this.calls.filter((c) => c.name === 'setCollisionCategory').map(rootOf));
    for (const a of this.assigns) if (/\.collisionFilter\.category$/.test(a.path)) categorised.add(a.path.replace(/(\.body)?\.collisionFilter\.category$/, ''));
    const lists = this.calls.filter((c) => c.name === 'setCollidesWith' && c.n.arguments[0] && c.n.arguments[0].type === 'ArrayExpression');
    for (const x of lists) {
      const xr = rootOf(x);
      // (a category given some other way where it is made: collisionFilter / category in its options)
      const where = x.ctx.fn ? this.code.slice(x.ctx.fn.start, x.ctx.fn.end) : this.code;
      if (!xr || categorised.has(xr) || /collisionFilter|category\s*:/.test(where)) continue;
      for (const want of x.n.arguments[0].elements) {
        const wanted = want && this.code.slice(want.start, want.end);
        const owner = this.calls.find((c) => c.name === 'setCollisionCategory' && c.n.arguments[0] && this.code.slice(c.n.arguments[0].start, c.n.arguments[0].end) === wanted);
        const theirs = owner && lists.find((l) => rootOf(l) === rootOf(owner));
        if (!theirs || !theirs.n.arguments[0].elements.every(notOne)) continue;
        return this.add('never_fires', true, `${this.code.slice(x.n.start, x.n.end).slice(0, 60)} (line ${lineOf(x.n)}): ${xr} is given no category of its own, so it keeps category 1, and ${rootOf(owner)}'s list (line ${lineOf(theirs.n)}) leaves 1 out: a pair collides only when each one's mask takes the other's category, so they pass through each other (${xr}.setCollisionCategory(...) with a category in that list)`, lineOf(x.n), `${xr}.setCollisionCategory()`);
      }
    }
    // a compound body (parts: [...]) labelled 'cart', and a collision test other.label === 'cart' with no .parent read
    // anywhere: Matter reports collisions between parts, each with its own label, so the test is never true
    if (!/\.parent\b/.test(this.bare())) {
      const compound = [];
      walk(this.ast, (n) => {
        if (n.type !== 'ObjectExpression') return;
        const key = (k) => n.properties.find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === k);
        const label = key('label');
        if (key('parts') && label && label.value.type === 'Literal' && typeof label.value.value === 'string') compound.push(label);
      });
      for (const p of compound) {
        const label = p.value.value;
        let test = null;
        walk(this.ast, (n) => {
          if (test || n.type !== 'BinaryExpression' || !['===', '=='].includes(n.operator)) return;
          const lit = [n.left, n.right].find((x) => x.type === 'Literal' && x.value === label);
          const read = lit && (lit === n.left ? n.right : n.left);
          if (read && /\.label$/.test(memberPath(read) || '')) test = n;
        });
        if (!test) continue;
        return this.add('never_fires', true, `${this.code.slice(test.start, test.end)} (line ${lineOf(test)}): '${label}' is the label of a compound body (parts, line ${lineOf(p)}), and Matter reports collisions between its parts, each with a label of its own, so this is never true (read body.parent.label)`, lineOf(test), 'body.parent.label');
      }
    }
    for (const as of this.assigns) {
      if (as.prop !== 'isSensor' || as.op !== '=' || literalValue(as.value).value !== true || /\.body$/.test(as.path.slice(0, -'.isSensor'.length))) continue;
      const owner = as.path.slice(0, -'.isSensor'.length);
      const madeAsObject = this.calls.some((c) => /^(gameObject|image|sprite)$/.test(c.name) && /(^|\.)matter\.add$/.test(c.on || '') && (c.n.arguments[0] && memberPath(c.n.arguments[0]) === owner || this.bindings().some(([p, v]) => p === owner && this.creation(v).made === c.n)));
      if (!madeAsObject) continue;
      return this.add('never_fires', true, `${as.path} = true (line ${as.line}): ${owner} is a game object, whose isSensor is a read-only method that reads its body's flag: the assignment is ignored (strict code throws) and the body stays solid (${owner}.setSensor(true))`, as.line, `${owner}.setSensor(true)`);
    }
    for (const c of this.calls) {
      if (!['setCircle', 'setRectangle', 'setBody'].includes(c.name)) continue;
      const want = c.name === 'setCircle' ? 1 : 2;
      if (c.n.arguments.length !== want) continue;
      const root = this.chainRoot(c.n) || c.on;
      const made = this.bindings().find(([p]) => p === root);
      const call = made ? this.creation(made[1]).made : c.n.callee.object.type === 'CallExpression' ? c.n.callee.object : null;
      if (!call || !/(^|\.)matter\.add\.(image|sprite)$/.test(memberPath(call.callee) || '')) continue;
      const opts = call.arguments[4];
      const given = opts && (opts.type === 'ObjectExpression' ? opts : opts.type === 'Identifier' ? (this.decls.get(opts.name) || [])[0] && this.decls.get(opts.name)[0].init : null);
      if (!given || given.type !== 'ObjectExpression' || !given.properties.some((p) => p.key && /^(restitution|friction|frictionAir|frictionStatic|inertia|density|mass|isStatic|label|collisionFilter|slop)$/.test(p.key.name || p.key.value))) continue;
      return say('never_fires', c.n, `${c.name}() makes a new body from Phaser's defaults, and the options given when ${root} was made (line ${lineOf(call)}) were on the old one: ${this.code.slice(opts.start, opts.end).slice(0, 40)} is lost (pass them again: ${c.name}(..., options))`, `${c.name}(..., options)`);
    }
  }

  // setCollidesWith([cat]) leaves out category 1, which every Matter body keeps unless given another (walls, floors,
  // the world's bounds): the object falls through them
  maskLeavesOutDefault() {
    const one = (a) => this.numberOf(a) === 1;
    let call = null;
    for (const c of this.calls) {
      if (c.name !== 'setCollidesWith' || !c.n.arguments[0]) continue;
      const a = c.n.arguments[0];
      if (a.type !== 'ArrayExpression' && a.type !== 'Identifier' && a.type !== 'MemberExpression') continue;
      // a name: one category (CAT_ENEMY = 2), or a list kept in a local (const mask = on ? [CAT_WALL, ...] : [...])
      let lists = [a.type === 'ArrayExpression' ? a.elements : [a]];
      if (a.type === 'Identifier' && this.numberOf(a) === null) {
        let init = null;
        walk(c.ctx.fn ? c.ctx.fn.body : this.ast, (n) => { if (!init && n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.id.name === a.name) init = n.init; });
        const arrays = !init ? [] : init.type === 'ArrayExpression' ? [init] : init.type === 'ConditionalExpression' ? [init.consequent, init.alternate] : [];
        if (!arrays.length || arrays.some((x) => x.type !== 'ArrayExpression')) continue;
        lists = arrays.map((x) => x.elements);
      }
      if (lists.some((list) => list.some((e) => !e || one(e) || e.type === 'SpreadElement' || (e.type === 'BinaryExpression' && e.operator === '|')))) continue;
      call = c;
      break;
    }
    if (!call) return;
    // what keeps category 1: the world's walls, or a static body never given a category
    const walls = /matter\.world\.setBounds\s*\(|setBounds\s*:\s*(true|\{)/.test(this.code);
    let staticBody = null;
    for (const [path, v] of this.bindings()) {
      const made = this.creation(v).made;
      if (!made || !/\.matter\.add\.\w+$/.test(memberPath(made.callee) || '')) continue;
      const text = this.code.slice(v.start, v.end);
      if (!/isStatic\s*:\s*true|setStatic\s*\(\s*true/.test(text) || /collisionFilter|setCollisionCategory/.test(text)) continue;
      const esc = path.replace(/[.$]/g, (m) => '\\' + m);
      if (new RegExp(`${esc}\\s*\\.\\s*(setCollisionCategory|collisionFilter|body\\.collisionFilter)`).test(this.code)) continue;
      staticBody = path;
      break;
    }
    if (!walls && !staticBody) return;
    const text = this.code.slice(call.n.start, call.n.end);
    this.add('never_fires', true, `${text} (line ${lineOf(call.n)}) lets the object collide only with the categories listed, and category 1 is not among them: ${walls ? "the world's walls" : staticBody} and every body not given a category keep category 1, so the object passes through them (add 1 to the list)`, lineOf(call.n), 'category 1 in the list');
  }

  // the fixed end of a Matter pendulum or chain made with ignoreGravity instead of isStatic: nothing holds it, so the
  // constraint pulls it down with the weight that hangs from it and the whole thing falls
  floatingPivot() {
    const floating = new Map(); // name -> the option
    for (const [path, v] of this.bindings()) {
      const made = this.creation(v).made;
      if (!made || !/\.matter\.add\.\w+$/.test(memberPath(made.callee) || '')) continue;
      const opts = made.arguments.find((a) => a.type === 'ObjectExpression');
      const keys = opts ? opts.properties.filter((q) => q.type === 'Property' && q.key).map((q) => [q.key.name || q.key.value, q.value]) : [];
      const ig = keys.find(([k, val]) => k === 'ignoreGravity' && val.type === 'Literal' && val.value === true);
      if (ig && !keys.some(([k]) => k === 'isStatic')) floating.set(path, ig[1]);
    }
    for (const c of this.calls) {
      if (!/^(constraint|joint|spring)$/.test(c.name) || !/(^|\.)matter\.add$/.test(c.on || '')) continue;
      const [a, b] = c.n.arguments;
      const pa = a && memberPath(a); const pb = b && memberPath(b);
      const pivot = floating.has(pa) && pb && !floating.has(pb) ? pa : floating.has(pb) && pa && !floating.has(pa) ? pb : null;
      if (!pivot) continue;
      const esc = pivot.replace(/[.$]/g, (m) => '\\' + m);
      // held some other way: made static later, pinned to the world, or put back in place by the program
      if (new RegExp(`${esc}\\s*\\.\\s*(setStatic\\s*\\(\\s*true|setPosition|setX|setY|x\\s*=[^=]|y\\s*=[^=]|setVelocity|setIgnoreGravity\\s*\\(\\s*false)|worldConstraint\\s*\\(\\s*${esc}\\b|setStatic\\s*\\(\\s*${esc}`).test(this.code)) continue;
      const opt = floating.get(pivot);
      this.add('never_fires', true, `${pivot} is made with ignoreGravity: true (line ${lineOf(opt)}) and joined by ${this.code.slice(c.n.start, c.n.end).replace(/\s+/g, ' ').slice(0, 60)} (line ${lineOf(c.n)}): ignoreGravity only takes its own weight away, nothing holds it, so the constraint pulls it down with what hangs from it and the whole thing falls (isStatic: true for a fixed point)`, lineOf(opt), 'isStatic: true');
      return;
    }
  }

  // setCircle() / setRectangle() / setBody() make a new Matter body with only the options given to them: the label
  // given when the object was made is gone, so a collision test on that label never matches
  labelLostWithBody() {
    const REPLACE = /^(setCircle|setRectangle|setBody|setPolygon|setTrapezoid|setFromPhysicsEditor)$/;
    for (const c of this.calls) {
      if (!REPLACE.test(c.name)) continue;
      // the object the call works on: made in the same chain, or a name bound to a matter.add call
      let made = c.n.callee.object;
      while (made && made.type === 'CallExpression' && made.callee.type === 'MemberExpression' && !/\.matter\.add\.\w+$/.test(memberPath(made.callee) || '')) made = made.callee.object;
      if (!made || made.type !== 'CallExpression') {
        const bound = this.bindings().find(([p]) => p === memberPath(c.n.callee.object));
        made = bound ? this.creation(bound[1]).made : null;
      }
      if (!made || !/\.matter\.add\.\w+$/.test(memberPath(made.callee) || '')) continue;
      const opts = made.arguments.find((a) => a.type === 'ObjectExpression');
      const label = opts && opts.properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'label' && q.value.type === 'Literal');
      if (!label) continue;
      const again = c.n.arguments.some((a) => a.type === 'ObjectExpression' && a.properties.some((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'label'));
      if (again || /\.label\s*=\s*['"`]|setLabel\s*\(/.test(this.code)) continue;
      const name = label.value.value;
      // the program looks for that label: a body's .label is read, and the name is written again besides the option
      const quoted = new RegExp(`['"\`]${String(name).replace(/[^\w]/g, '.')}['"\`]`, 'g');
      if (typeof name !== 'string' || !/\.label\b(?!\s*=[^=])/.test(this.bare()) || (this.code.match(quoted) || []).length < 2) continue;
      this.add('never_fires', true, `${c.name}() (line ${lineOf(c.n.callee.property)}) gives the object a new Matter body with only the options passed to it, so the label '${name}' set when it was made (line ${lineOf(label)}) is gone (the body is now '${c.name === 'setCircle' ? 'Circle Body' : 'Body'}'), and a test for the label '${name}' never matches (pass { label: '${name}' } to ${c.name}(), or give the shape in the first options)`, lineOf(c.n.callee.property), `${c.name}(..., { label: '${name}' })`);
      return;
    }
  }

  // a squared distance (Distance.Squared, lengthSq) compared with a plain length (a radius or range name): the reach
  // is the square root of the range (150 px becomes about 12)
  squaredAgainstLength() {
    const squared = (n) => n && n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed
      && (/^(lengthSq|distanceSq|DistanceSquared)$/.test(n.callee.property.name) || (n.callee.property.name === 'Squared' && /(^|\.)Distance$/.test(memberPath(n.callee.object) || '')));
    const names = new Map();
    walk(this.ast, (n) => {
      if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier') names.set(n.id.name, (names.get(n.id.name) ?? true) && squared(n.init));
      else if (n.type === 'AssignmentExpression' && memberPath(n.left)) names.set(memberPath(n.left), (names.get(memberPath(n.left)) ?? true) && n.operator === '=' && squared(n.right));
    });
    const isSquared = (n) => squared(n) || (n && (n.type === 'Identifier' || n.type === 'MemberExpression') && names.get(memberPath(n)) === true);
    const LENGTH = /(radius|range|dist(ance)?|reach|hearing|sight|vision|_R|^R)$/i;
    const plain = (n) => {
      const path = n && (n.type === 'Identifier' || n.type === 'MemberExpression') ? memberPath(n) : null;
      const last = path ? path.split('.').pop() : '';
      return !!path && LENGTH.test(last) && !/sq|squared|2$/i.test(last) && !isSquared(n);
    };
    let hit = null;
    walk(this.ast, (n) => {
      if (hit || n.type !== 'BinaryExpression' || !/^[<>]=?$/.test(n.operator)) return;
      if ((isSquared(n.left) && plain(n.right)) || (plain(n.left) && isSquared(n.right))) hit = n;
    });
    if (!hit) return;
    const text = this.code.slice(hit.start, hit.end).replace(/\s+/g, ' ');
    const len = plain(hit.left) ? hit.left : hit.right;
    const name = this.code.slice(len.start, len.end);
    const v = this.placeOf(len);
    const reach = v !== null && v > 0 ? ` (${v} px reaches only about ${Math.round(Math.sqrt(v))} px)` : '';
    this.add('wrong_argument', true, `${text} (line ${lineOf(hit)}) compares a squared distance with ${name}, a plain length: the test holds only within the square root of ${name}${reach} (compare with ${name} * ${name}, or use Phaser.Math.Distance.Between)`, lineOf(hit), `${name} * ${name}`);
  }

  // a tween's onComplete updates the board (this.grid[r][c] = gem) and the code that started the tween checks the board
  // straight away (const matches = this.findMatches()): the check reads the board before the tween has ended, so it
  // always sees the old one
  checkedBeforeTweenWrites() {
    // the this.<field>s an onComplete of a tween started in this function writes
    const deferredWrites = (fnBody) => {
      const fields = new Set();
      walk(fnBody, (n) => {
        if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed || n.callee.property.name !== 'add' || !/(^|\.)tweens$/.test(memberPath(n.callee.object) || '')) return;
        const cfg = n.arguments[0];
        const done = cfg && cfg.type === 'ObjectExpression' ? cfg.properties.find((q) => q.type === 'Property' && q.key && q.key.name === 'onComplete') : null;
        if (!done || !/Function/.test(done.value.type)) return;
        walk(done.value.body, (w) => {
          if (w.type !== 'AssignmentExpression') return;
          let t = w.left;
          while (t.type === 'MemberExpression' && t.computed) t = t.object;
          const path = memberPath(t);
          if (path && /^this\.\w+$/.test(path) && t !== w.left) fields.add(path);
        });
      });
      return fields;
    };
    const methods = this.functionsByName();
    const writers = new Map(); // method name -> fields its tweens write when done
    for (const [name, fn] of methods) { const f = deferredWrites(fn.body); if (f.size) writers.set(name, f); }
    const CHECK = /match|check|win|solved|complete|resolve|valid|find|count/i;
    const reads = (name, field) => {
      const fn = methods.get(name);
      return !!fn && new RegExp(`${field.replace(/[.$]/g, (m) => '\\' + m)}\\s*(\\[|\\.\\s*(flat|some|every|forEach|map|filter|find|indexOf|includes|join|length)\\b)`).test(this.code.slice(fn.start, fn.end));
    };
    const thisCall = (st) => {
      let e = st.type === 'ExpressionStatement' ? st.expression : st.type === 'VariableDeclaration' && st.declarations.length === 1 ? st.declarations[0].init : null;
      if (e && e.type === 'AwaitExpression') return null;
      return e && e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && !e.callee.computed && e.callee.object.type === 'ThisExpression' ? e : null;
    };
    let found = null;
    walk(this.ast, (n) => {
      if (found || n.type !== 'BlockStatement') return;
      let pending = null; // { fields, at }
      for (const st of n.body) {
        const inline = st.type === 'ExpressionStatement' && st.expression.type === 'CallExpression' && /(^|\.)tweens\.add$/.test(memberPath(st.expression.callee) || '') ? deferredWrites(st) : null;
        if (inline && inline.size) { pending = { fields: inline, at: st.expression }; continue; }
        const call = thisCall(st);
        if (!call) continue;
        const name = call.callee.property.name;
        if (writers.has(name)) { pending = { fields: writers.get(name), at: call }; continue; }
        if (pending && CHECK.test(name)) {
          const field = [...pending.fields].find((f) => reads(name, f));
          if (field) { found = { check: call, field, writer: pending.at }; return; }
        }
      }
    });
    if (!found) return;
    const text = this.code.slice(found.check.start, found.check.end);
    const writer = this.code.slice(found.writer.start, found.writer.end).replace(/\s+/g, ' ').slice(0, 40);
    this.add('never_fires', true, `${text} (line ${lineOf(found.check)}) reads ${found.field} right after ${writer} (line ${lineOf(found.writer)}) starts a tween, but ${found.field} is only updated in that tween's onComplete, after the tween ends: the check always sees the board as it was before (update ${found.field} first and only animate in the tween, or check in onComplete)`, lineOf(found.check), `${found.field} updated before the check`);
  }

  // a board laid out round its container's middle (-BOARD / 2 + col * CELL) while the click maths counts cells from the
  // container's position (Math.floor((pointer.x - board.x) / CELL)): every click lands half a board up and left
  centredBoardClickedFromCorner() {
    // cell sizes used in a centred layout: -B / 2 + k * CELL
    const centred = new Map(); // CELL name -> [B name, node]
    walk(this.ast, (n) => {
      if (n.type !== 'BinaryExpression' || n.operator !== '+') return;
      const l = n.left; const r = n.right;
      const half = l.type === 'BinaryExpression' && l.operator === '/' && literalValue(l.right).value === 2 && l.left.type === 'UnaryExpression' && l.left.operator === '-' && l.left.argument.type === 'Identifier' ? l.left.argument.name
        : l.type === 'UnaryExpression' && l.operator === '-' && l.argument.type === 'BinaryExpression' && l.argument.operator === '/' && literalValue(l.argument.right).value === 2 && l.argument.left.type === 'Identifier' ? l.argument.left.name : null;
      const cell = r.type === 'BinaryExpression' && r.operator === '*' && r.right.type === 'Identifier' ? r.right.name : null;
      if (half && cell && !centred.has(cell)) centred.set(cell, [half, n]);
    });
    if (!centred.size) return;
    for (const c of this.calls) {
      if (c.name !== 'floor' || c.on !== 'Math' || !c.n.arguments[0]) continue;
      const a = c.n.arguments[0];
      if (a.type !== 'BinaryExpression' || a.operator !== '/' || a.right.type !== 'Identifier' || !centred.has(a.right.name)) continue;
      // the dividend: pointer.x - board.x, written in place or kept in a const
      let v = a.left;
      if (v.type === 'Identifier') { const d = this.decls.get(v.name); v = d && d.length === 1 ? d[0].init : null; }
      if (!v || v.type !== 'BinaryExpression' || v.operator !== '-') continue;
      const from = memberPath(v.left) || ''; const minus = memberPath(v.right) || '';
      if (!/(^|\.)(x|y|worldX|worldY)$/.test(from) || !/pointer|^p$|^p\./i.test(from) || !/\.(x|y)$/.test(minus) || /pointer/i.test(minus)) continue;
      const [b, at] = centred.get(a.right.name);
      this.add('misplaced', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) counts cells from ${minus.replace(/\.[xy]$/, '')}'s position, but the board is laid out round that point (${this.code.slice(at.start, at.end)}, line ${lineOf(at)}): every click lands half the board (${b} / 2) up and left of the cell under the pointer, and the left column and top row cannot be clicked (add ${b} / 2 before dividing)`, lineOf(c.n), `+ ${b} / 2`);
      return;
    }
  }

  // this.events.on('changedata-hp') while 'hp' is set only on a game object (boss.setData('hp', ...)): an object's
  // data announces its changes on the object itself, so the scene's listener never hears them
  objectDataHeardOnScene() {
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || typeof ev.value !== 'string' || !/^changedata-./.test(ev.value)) continue;
      if (!/^(this|[\w$]+\.scene|scene)\.events$|^this\.sys\.events$/.test(c.on || '')) continue;
      const key = ev.value.slice('changedata-'.length);
      const setters = this.calls.filter((d) => /^(setData|set|inc|toggle)$/.test(d.name) && d.n.arguments[0] && d.n.arguments[0].type === 'Literal' && d.n.arguments[0].value === key);
      if (!setters.length) continue;
      // the scene's own data (this.data.set, this.setData on a scene) does reach this.events
      const onObject = (d) => d.name === 'setData' ? !/^(this|[\w$]+\.scene)$/.test(d.on || '') || /extends\s+Phaser\.(GameObjects|Physics)/.test(this.code) && d.on === 'this' : /\.data$/.test(d.on || '') && !/^(this|[\w$]+\.scene)\.data$/.test(d.on || '');
      if (!setters.every(onObject) || setters.some((d) => d.on === 'this')) continue;
      const where = setters[0];
      this.add('never_fires', true, `${c.on}.${c.name}('${ev.value}', ...) (line ${lineOf(c.n)}) listens on the scene's events, but '${key}' is set only on a game object (${this.code.slice(where.n.start, where.n.end).replace(/\s+/g, ' ').slice(0, 50)}, line ${lineOf(where.n)}), whose data announces changes on that object: the listener never hears them (listen with ${where.on}.on('${ev.value}', ...))`, lineOf(c.n), `${where.on}.on('${ev.value}', ...)`);
      return;
    }
  }

  // this.physics.closest(source, group): the targets must be an array (of bodies or objects); a Group has no length,
  // so nothing is searched and the result is null
  closestGivenGroup() {
    const groups = this.madeBy(/(^|\.)(physics\.add\.(group|staticGroup)|add\.group)$/);
    for (const c of this.calls) {
      if (!/^(closest|furthest)$/.test(c.name) || !/(^|\.)physics$/.test(c.on || '')) continue;
      const t = c.n.arguments[1];
      const path = t ? memberPath(t) : null;
      const short = path ? path.replace(/^this\.scene\./, 'this.') : null;
      if (!path || !(groups.has(path) || groups.has(short))) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}): the targets must be an array, and ${path} is a Group, which the search cannot walk, so it always returns null (pass ${path}.getChildren())`, lineOf(c.n), `${path}.getChildren()`);
      return;
    }
  }

  // time.addEvent({ delay: this.fireRate, loop: true }) copies the number when the timer is made: a later
  // this.fireRate = 100 (a power-up) changes nothing unless the timer's delay is set or the timer made again
  timerDelayCopied() {
    for (const c of this.calls) {
      if (c.name !== 'addEvent' || !/(^|\.)time$/.test(c.on || '') || !c.n.arguments[0] || c.n.arguments[0].type !== 'ObjectExpression') continue;
      const props = c.n.arguments[0].properties.filter((q) => q.type === 'Property' && q.key);
      const delay = props.find((q) => (q.key.name || q.key.value) === 'delay');
      const loops = props.some((q) => ((q.key.name || q.key.value) === 'loop' && q.value.type === 'Literal' && q.value.value === true) || ((q.key.name || q.key.value) === 'repeat' && q.value.type !== 'Literal') || ((q.key.name || q.key.value) === 'repeat' && q.value.value !== 0));
      const field = delay ? memberPath(delay.value) : null;
      if (!loops || !field || !/^this\.\w+$/.test(field)) continue;
      const fn = c.ctx.fn;
      // a later change of the field, in a function that does not make the timer again nor touch its delay
      const setUp = [...this.lifecycle('init'), ...this.lifecycle('preload'), ...this.lifecycle('create')];
      walk(this.ast, (m) => { if (m.type === 'MethodDefinition' && m.kind === 'constructor') setUp.push(m.value); });
      // (a callback made where the timer is made runs later: a difficulty timer's arrow in create())
      const nested = [];
      if (fn) walk(fn.body, (m) => { if (/Function/.test(m.type)) nested.push(m); });
      const later = (a) => nested.some((f) => f.start <= a.value.start && a.value.end <= f.end);
      const change = this.assigns.find((a) => a.path === field && (!(fn && a.value.start >= fn.start && a.value.end <= fn.end) || later(a))
        && (later(a) || !setUp.some((f) => f.body && f.body.type === 'BlockStatement' && f.body.body.some((st) => st.start <= a.value.start && a.value.end <= st.end && st.type === 'ExpressionStatement'))));
      if (!change) continue;
      // the innermost function the change is in (the difficulty timer's arrow, not the create() round it)
      let inFn = null;
      walk(this.ast, (m) => { if (/Function/.test(m.type) && m.start <= change.value.start && change.value.end <= m.end && (!inFn || m.start >= inFn.start)) inFn = m; });
      const body = inFn ? this.code.slice(inFn.start, inFn.end) : '';
      if (/addEvent\s*\(|\.delay\s*=|\.reset\s*\(|timeScale/.test(body) || /\.delay\s*=|\.reset\s*\(\s*\{/.test(this.code)) continue;
      // a function that calls another that makes the timer again
      if (/this\.\w+\s*\(/.test(body) && [...this.functionsByName().entries()].some(([name, f]) => f !== fn && new RegExp(`this\\.${name}\\s*\\(`).test(body) && /addEvent\s*\(/.test(this.code.slice(f.start, f.end)))) continue;
      this.add('never_fires', true, `${field} = ${this.code.slice(change.value.start, change.value.end)} (line ${change.line}) is meant to change how often the timer of line ${lineOf(c.n)} fires, but addEvent({ delay: ${field} }) copied the number when the timer was made: the change does nothing (set the timer's delay too, or make the timer again)`, change.line, 'timer.delay = ...');
      return;
    }
  }

  // a pool member faded or shrunk to nothing by a tween before it is put away (alpha: 0, scale: 0, then disableBody),
  // and taken out again with group.get() + enableBody(): nothing sets alpha or scale back, so every reused member is
  // invisible
  pooledLeftoversFromTween() {
    let tween = null;
    for (const c of this.calls) {
      if (c.name !== 'add' || !/(^|\.)tweens$/.test(c.on || '') || !c.n.arguments[0] || c.n.arguments[0].type !== 'ObjectExpression') continue;
      const props = c.n.arguments[0].properties.filter((q) => q.type === 'Property' && q.key);
      const gone = props.find((q) => /^(alpha|scale|scaleX|scaleY)$/.test(q.key.name || q.key.value) && q.value.type === 'Literal' && q.value.value === 0);
      const done = props.find((q) => (q.key.name || q.key.value) === 'onComplete');
      const yoyo = props.some((q) => (q.key.name || q.key.value) === 'yoyo' && q.value.type === 'Literal' && q.value.value === true);
      if (!gone || !done || yoyo || !/disableBody|killAndHide|setActive\s*\(\s*false/.test(this.code.slice(done.value.start, done.value.end))) continue;
      tween = { c, prop: gone.key.name || gone.key.value };
      break;
    }
    if (!tween) return;
    const prop = tween.prop === 'alpha' ? /setAlpha\s*\(|\.alpha\s*=[^=]|alpha\s*:\s*(1|\{)|setVisible/ : /setScale\s*\(|\.scale[XY]?\s*=[^=]|scale[XY]?\s*:\s*(1|\{)/;
    // anything that gives the value back (outside the fading tween itself)
    const rest = this.code.slice(0, tween.c.n.start) + this.code.slice(tween.c.n.end);
    if (prop.test(rest)) return;
    const groups = this.madeBy(/(^|\.)(physics\.add\.group|add\.group)$/);
    const reuse = this.calls.find((c) => c.name === 'get' && c.n.arguments.length >= 1 && (groups.has(c.on) || groups.has((c.on || '').replace(/^this\.scene\./, 'this.'))));
    if (!reuse) return;
    this.add('never_fires', true, `the tween of line ${lineOf(tween.c.n)} takes ${tween.prop} to 0 before the member is put away, and ${this.code.slice(reuse.n.start, reuse.n.end).replace(/\s+/g, ' ').slice(0, 40)} (line ${lineOf(reuse.n)}) hands the same object out again with ${tween.prop} still 0: nothing sets it back, so every reused member is invisible (set ${tween.prop === 'alpha' ? 'setAlpha(1)' : 'setScale(1)'} when it is taken out)`, lineOf(reuse.n), tween.prop === 'alpha' ? 'setAlpha(1)' : 'setScale(1)');
  }

  // graphics.fillStyle(orange) in an event handler that draws nothing after it: a style applies only to shapes drawn
  // after it, so what is on the Graphics keeps its colour (clear() and draw again)
  styleWithoutRedraw() {
    const graphics = this.madeBy(/(^|\.)(add|make)\.graphics$/);
    for (const c of this.calls) {
      if (!/^(fillStyle|lineStyle)$/.test(c.name) || !graphics.has(c.on)) continue;
      const fn = c.ctx.fn;
      // only in a callback handed to an emitter or a timer (the drawing code itself draws after its style)
      if (!fn || !c.ctx.handedTo.length || !c.ctx.handedTo[c.ctx.handedTo.length - 1] || !/(^|\.)(on|once|addListener|delayedCall)$/.test(c.ctx.handedTo[c.ctx.handedTo.length - 1])) continue;
      const body = this.code.slice(fn.start, fn.end);
      const esc = c.on.replace(/[.$]/g, (m) => '\\' + m);
      if (/^\s*\./.test(this.code.slice(c.n.end, c.n.end + 4))) continue; // a drawing chained on it
      // drawn in the same handler (on that Graphics, or by a method of the program the handler calls)
      if (new RegExp(`${esc}\\s*\\.\\s*(fill(?!Style)\\w*|stroke\\w*|clear|beginPath|generateTexture)\\s*\\(`).test(body)) continue;
      if (/(?<![\w$.])this\.\w+\s*\(|(?<![\w$.])[a-z]\w*\s*\(/.test(body.replace(/^[^{]*\{/, '').replace(/\b(setText|setPosition|killTweensOf|add|on|once)\s*\(/g, ''))) {
        // a call into the program's own code may draw: leave it
        const called = [...body.matchAll(/this\.(\w+)\s*\(/g)].map((m) => m[1]).concat([...body.matchAll(/(?<![\w$.])([a-zA-Z_]\w*)\s*\(/g)].map((m) => m[1]));
        if (called.some((name) => this.functionsByName().has(name))) continue;
      }
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) only sets the style for shapes drawn after it, and the handler draws nothing after it: what ${c.on} already shows keeps its colour (clear() and draw the shape again with the new style)`, lineOf(c.n), `${c.on}.clear() and redraw`);
      return true;
    }
  }

  // a moving platform made as a dynamic Arcade body with gravity switched off but not immovable: a collider shares
  // the push, so the player standing on it presses it down and it sinks out of the world
  platformPushedDown() {
    for (const [path, v] of this.bindings()) {
      if (!/(^|\.)(platform|lift|elevator|ledge|raft|plank)s?$|(moving|move)Platform$/i.test(path)) continue;
      const made = this.creation(v).made;
      if (!made || !/(^|\.)physics\.add\.(sprite|image)$/.test(memberPath(made.callee) || '')) continue;
      const esc = path.replace(/[.$]/g, (m) => '\\' + m);
      if (!new RegExp(`${esc}(\\.body)?\\s*\\.\\s*(setAllowGravity\\s*\\(\\s*false|allowGravity\\s*=\\s*false)`).test(this.code)) continue;
      if (new RegExp(`${esc}(\\.body)?\\s*\\.\\s*(setImmovable|immovable|pushable|setPushable|setMass|mass\\s*=)`).test(this.code)) continue;
      const collider = this.calls.find((k) => k.name === 'collider' && /(^|\.)physics\.add$/.test(k.on || '') && k.n.arguments.slice(0, 2).some((a) => memberPath(a) === path));
      if (!collider) continue;
      this.add('never_fires', true, `${path} (line ${lineOf(made)}) is a moving platform with a dynamic body and gravity off, but not immovable: the collider of line ${lineOf(collider.n)} shares each push, so whatever stands on it presses it down and it sinks away (${path}.setImmovable(true))`, lineOf(made), `${path}.setImmovable(true)`);
      return;
    }
  }

  // a function that returns its answer and changes nothing, called as a statement: Matrix.RotateMatrix(shape, 90);
  // Phaser.Math.Clamp(x, 0, 10); the answer is thrown away
  resultThrownAway() {
    const PURE = /^Phaser\.(Utils\.Array\.Matrix\.(RotateMatrix|TransposeMatrix|RotateLeft)|Math\.(Clamp|Wrap|Percent|RoundTo|FloorTo|CeilTo|Linear|RadToDeg|DegToRad|Snap\.(To|Floor|Ceil)|Angle\.(Wrap|WrapDegrees|Normalize)))$/;
    let hit = null;
    walk(this.ast, (n) => {
      if (hit || n.type !== 'ExpressionStatement' || n.expression.type !== 'CallExpression') return;
      const path = memberPath(n.expression.callee) || '';
      if (!PURE.test(path)) return;
      // RotateMatrix(m, 180) turns the rows in place
      const dir = n.expression.arguments[1];
      if (/RotateMatrix$/.test(path) && dir && [180, -180, 'rotate180'].includes(literalValue(dir).value)) return;
      hit = n.expression;
    });
    if (!hit) return;
    const text = this.code.slice(hit.start, hit.end);
    this.add('never_fires', true, `${text} (line ${lineOf(hit)}) is called as a statement, but it returns its answer and leaves its arguments as they were: the result is thrown away and nothing changes (assign it: x = ${text})`, lineOf(hit), `x = ${text}`);
  }

  // layer.putTileAt(tile, r, c) / getTileAt(row, col): the tile calls take (x, y), a column then a row, so the row and
  // column named r, c go in the wrong places and the board is drawn (or read) transposed
  rowColumnAsXY() {
    for (const c of this.calls) {
      if (!/^(putTileAt|getTileAt|removeTileAt|hasTileAt)$/.test(c.name)) continue;
      const i0 = c.name === 'putTileAt' ? 1 : 0;
      const [x, y] = [c.n.arguments[i0], c.n.arguments[i0 + 1]];
      if (!x || !y || x.type !== 'Identifier' || y.type !== 'Identifier') continue;
      if (!/^(r|row|rowIndex|ry)$/i.test(x.name) || !/^(c|col|column|colIndex|cx)$/i.test(y.name)) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}): ${c.name}() takes the column (x) first and the row (y) second, and here the row ${x.name} is given as x and the column ${y.name} as y, so the tile is ${c.name === 'getTileAt' || c.name === 'hasTileAt' ? 'read' : 'placed'} at the mirrored cell (give ${y.name}, ${x.name})`, lineOf(c.n), `${y.name}, ${x.name}`);
      return;
    }
  }

  // tile.index = FLOOR on a layer whose collisions were set by index: the tile looks like floor but keeps the
  // collision flags it had (putTileAt() sets them again), so the broken wall is an invisible wall
  tileIndexKeepsCollision() {
    for (const a of this.assigns) {
      if (a.prop !== 'index') continue;
      const base = a.path.replace(/\.index$/, '');
      // the tile came from a tile lookup (getTileAt / getTileAtWorldXY / a tile callback's argument)
      const fromTile = this.bindings().some(([p, v]) => p === base && v.type === 'CallExpression' && /(^|\.)getTileAt(WorldXY)?$/.test(memberPath(v.callee) || '') || false)
        || /tile$/i.test(base);
      if (!fromTile) continue;
      const esc = base.replace(/[.$]/g, (m) => '\\' + m);
      if (new RegExp(`${esc}\\s*\\.\\s*(setCollision|resetCollision|collides\\s*=)|calculateFacesAt|putTileAt`).test(this.code)) continue;
      this.add('never_fires', true, `${a.path} = ... (line ${a.line}) changes how the tile looks, not its collision: the layer set collisions by index (setCollision...), and the tile keeps the flags it had, so it still blocks (use layer.putTileAt(index, tile.x, tile.y), which sets them again)`, a.line, 'putTileAt(index, x, y)');
      return;
    }
  }

  // worldToTileXY(pointer.x, pointer.y) with a camera that scrolls: pointer.x / y are places on the screen, the tile
  // calls take world places (pointer.worldX / worldY), so once the view moves the wrong tile is picked
  screenPointerToTile() {
    // a camera kept to a world no bigger than the view never scrolls
    const view = this.viewSize();
    const bounds = this.calls.find((c) => c.name === 'setBounds' && /cameras\.main|(^|\.)cam(era)?$/.test(c.on || '') && c.n.arguments.length >= 4);
    if (view && bounds) {
      const [w, h] = [this.placeOf(bounds.n.arguments[2]), this.placeOf(bounds.n.arguments[3])];
      if (w !== null && h !== null && w <= view.w && h <= view.h) return;
    }
    for (const c of this.calls) {
      if (!/^(worldToTileXY|worldToTileX|worldToTileY|getTileAtWorldXY|putTileAtWorldXY|removeTileAtWorldXY|hasTileAtWorldXY)$/.test(c.name)) continue;
      const i0 = c.name === 'putTileAtWorldXY' ? 1 : 0;
      const args = c.name === 'worldToTileY' ? [c.n.arguments[0]] : [c.n.arguments[i0], c.n.arguments[i0 + 1]].filter(Boolean);
      const screen = args.filter((a) => a.type === 'MemberExpression' && !a.computed && /^[xy]$/.test(a.property.name) && /^(pointer|p|ptr|activePointer)$|\.activePointer$/.test(memberPath(a.object) || ''));
      if (!screen.length || screen.length !== args.length) continue;
      const p = memberPath(screen[0].object);
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) gives ${p}.x / ${p}.y, the pointer's place on the screen, but the camera scrolls: the tile calls take world places, so once the view moves the tile picked is off by the scroll (use ${p}.worldX, ${p}.worldY)`, lineOf(c.n), `${p}.worldX, ${p}.worldY`);
      return;
    }
  }

  // map.getTileAt(x, y) on a map with two layers or more: a Tilemap's tile calls act on its current layer, which is
  // the layer made last (a blank 'items' layer), not the ground with the walls
  mapTileCallsOnLastLayer() {
    const layers = new Map(); // map path -> [layer calls in order]
    for (const c of this.calls) {
      if (!/^(createLayer|createBlankLayer|createDynamicLayer|createStaticLayer)$/.test(c.name) || !c.on) continue;
      if (!layers.has(c.on)) layers.set(c.on, []);
      layers.get(c.on).push(c);
    }
    for (const [map, made] of layers) {
      if (made.length < 2 || made[made.length - 1].name !== 'createBlankLayer') continue;
      const esc = map.replace(/[.$]/g, (m) => '\\' + m);
      if (new RegExp(`${esc}\\s*\\.\\s*(setLayer|currentLayerIndex|layer\\s*=)`).test(this.code)) continue;
      const call = this.calls.find((c) => c.on === map && /^(getTileAt|putTileAt|removeTileAt|hasTileAt)$/.test(c.name) && c.n.arguments.length < (c.name === 'getTileAt' ? 4 : c.name === 'putTileAt' ? 5 : 4) && c.n.start > made[made.length - 1].n.end);
      if (!call) continue;
      const last = made[made.length - 1];
      const name = last.n.arguments[0] && last.n.arguments[0].type === 'Literal' ? `'${last.n.arguments[0].value}'` : 'the last one';
      this.add('wrong_argument', true, `${this.code.slice(call.n.start, call.n.end)} (line ${lineOf(call.n)}) works on the map's current layer, which is the layer made last, blank layer ${name} (line ${lineOf(last.n)}), not the layer made first (line ${lineOf(made[0].n)}): use that layer's own ${call.name}(), or pass the layer as the last argument`, lineOf(call.n), `layer.${call.name}()`);
      return;
    }
  }

  // list.sort((a, b) => b.score > a.score): a comparator must return a number below, at or above 0; true / false is
  // 1 / 0 and never says "a comes first", so V8's sort leaves the order as it was
  booleanComparator() {
    for (const c of this.calls) {
      const fn = c.name === 'sort' ? c.n.arguments[0] : null;
      if (!fn || fn.type !== 'ArrowFunctionExpression' || fn.params.length !== 2) continue;
      let body = fn.body;
      if (body.type === 'BlockStatement') { const ret = body.body.length === 1 && body.body[0].type === 'ReturnStatement' ? body.body[0].argument : null; body = ret; }
      if (!body || body.type !== 'BinaryExpression' || !/^(<|>|<=|>=)$/.test(body.operator)) continue;
      const text = this.code.slice(fn.start, fn.end);
      this.add('wrong_argument', true, `${c.on || ''}.sort(${text}) (line ${lineOf(c.n)}): the comparator returns true or false, that is 1 or 0, and never a number below 0, so the sort does not order the list (return a difference: ${this.code.slice(body.left.start, body.left.end)} - ${this.code.slice(body.right.start, body.right.end)})`, lineOf(c.n), 'a comparator returning a - b');
      return;
    }
  }

  // Math.Percent(value, min, max) given a width for max (Percent(knob.x, TRACK_X, TRACK_W)); Math.Wrap(value, min, max)
  // with max exclusive given length - 1 (the last item is never reached)
  rangeEndSlips() {
    for (const c of this.calls) {
      const owner = c.on || '';
      if (!/(^|\.)Math$/.test(owner) || owner === 'Math') continue;
      const [v, min, max] = c.n.arguments;
      if (!max) continue;
      const text = this.code.slice(c.n.start, c.n.end);
      if (c.name === 'Percent' && (max.type === 'Identifier' || max.type === 'MemberExpression') && /(^|_|\.)(W|WIDTH|H|HEIGHT)$|(width|Width|height|Height|LEN|length|Length|size|Size|SIZE)$/.test(memberPath(max) || '')
        && min && !(min.type === 'Literal' && min.value === 0) && (min.type === 'Identifier' || min.type === 'MemberExpression') && /(^|_|\.)(X|Y|LEFT|TOP|START|MIN)$|(x|y|left|Left|top|Top|start|Start|min|Min)$/.test(memberPath(min) || '')) {
        this.add('wrong_argument', true, `${text} (line ${lineOf(c.n)}): Percent's third argument is the top of the range, not its length, so ${memberPath(max)} there makes the range end ${memberPath(min)} px too soon and the value reads too high (give ${memberPath(min)} + ${memberPath(max)})`, lineOf(c.n), `${memberPath(min)} + ${memberPath(max)}`);
        return;
      }
      if (c.name === 'Wrap' && max.type === 'BinaryExpression' && max.operator === '-' && literalValue(max.right).value === 1 && max.left.type === 'MemberExpression' && !max.left.computed && max.left.property.name === 'length') {
        this.add('wrong_argument', true, `${text} (line ${lineOf(c.n)}): Wrap's top is left out (the value wraps when it reaches it), so with ${this.code.slice(max.start, max.end)} the last item is never reached (give ${this.code.slice(max.left.start, max.left.end)})`, lineOf(c.n), this.code.slice(max.left.start, max.left.end));
        return;
      }
    }
  }

  // an object fixed to the view (setScrollFactor(0)) that is also moved by the camera's scroll each frame: the scroll
  // counts twice, so it slides off the screen as soon as the camera moves
  fixedObjectMovedWithCamera() {
    const fixed = this.fixedToView();
    const scrolled = (n) => n && /scroll[XY]\b|worldView\.[xy]\b/.test(this.code.slice(n.start, n.end));
    for (const c of this.calls) {
      if (!/^(setPosition|setX|setY)$/.test(c.name) || !fixed.has(c.on) || !c.n.arguments.some(scrolled)) continue;
      this.add('misplaced', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) moves ${c.on} with the camera's scroll, but ${c.on} has setScrollFactor(0) and already stays fixed on the view: the scroll counts twice, so it slides off the screen as soon as the camera moves (keep one of the two)`, lineOf(c.n), 'setScrollFactor(0) alone');
      return;
    }
    for (const a of this.assigns) {
      const owner = a.path.replace(/\.(x|y)$/, '');
      if (owner === a.path || !fixed.has(owner) || !scrolled(a.value)) continue;
      this.add('misplaced', true, `${a.path} = ${this.code.slice(a.value.start, a.value.end)} (line ${a.line}) moves ${owner} with the camera's scroll, but ${owner} has setScrollFactor(0) and already stays fixed on the view: the scroll counts twice, so it slides off the screen as soon as the camera moves (keep one of the two)`, a.line, 'setScrollFactor(0) alone');
      return;
    }
  }

  // a mask made from a Graphics that scrolls with the world, on an object fixed to the view (setScrollFactor(0)): once
  // the camera moves, the mask moves away from what it shows and the object vanishes
  maskScrollsAway() {
    const fixed = this.fixedToView();
    if (!CAMERA_SCROLLS.test(this.code)) return;
    // mask name -> the Graphics it is made from
    const source = new Map();
    for (const [path, v] of this.bindings()) {
      const t = this.code.slice(v.start, v.end);
      let m = /^([\w$.]+)\.createGeometryMask\s*\(\s*\)/.exec(t) || /GeometryMask\s*\(\s*[\w$.]+\s*,\s*([\w$.]+)\s*\)/.exec(t);
      if (m) source.set(path, m[1]);
    }
    for (const c of this.calls) {
      if (c.name !== 'setMask' || !fixed.has(c.on) || !c.n.arguments[0]) continue;
      const arg = c.n.arguments[0];
      let g = source.get(memberPath(arg) || '');
      if (!g && arg.type === 'CallExpression') { const m = /^([\w$.]+)\.createGeometryMask\s*\(/.exec(this.code.slice(arg.start, arg.end)); g = m ? m[1] : null; }
      if (!g || fixed.has(g)) continue;
      this.add('misplaced', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}): ${c.on} stays fixed on the view (setScrollFactor(0)), but its mask is drawn by ${g}, which scrolls with the world: once the camera moves, the mask moves away and ${c.on} disappears (give ${g} setScrollFactor(0) too)`, lineOf(c.n), `${g}.setScrollFactor(0)`);
      return;
    }
  }

  // setInteractive(shape, Phaser.Geom.Rectangle.ContainsPoint): Phaser calls the hit test with (shape, x, y), and
  // ContainsPoint takes (shape, point): the point is a number, so nothing is ever hit
  containsPointAsHitTest() {
    const hit = (v) => v && /^Phaser\.Geom\.\w+\.ContainsPoint$/.test(memberPath(v) || '');
    let at = null;
    for (const c of this.calls) if (!at && /^(setInteractive|setHitArea)$/.test(c.name) && hit(c.n.arguments[1])) at = c.n.arguments[1];
    for (const p of this.props) if (!at && p.key === 'hitAreaCallback' && hit(p.value)) at = p.value;
    if (!at) return;
    const name = memberPath(at);
    this.add('wrong_argument', true, `${name} (line ${lineOf(at)}) as the hit test: Phaser calls it with (hitArea, x, y, gameObject), and ContainsPoint takes (shape, point), so it gets a number for the point and nothing is ever hit (use ${name.replace(/ContainsPoint$/, 'Contains')})`, lineOf(at), name.replace(/ContainsPoint$/, 'Contains'));
  }

  // a click area the size of the screen made at (0, 0) with the default origin (0.5) is centred on the corner: only
  // the top-left quarter of the screen is inside it, so clicks anywhere else are lost
  screenZoneAtCorner() {
    const view = this.viewSize();
    if (!view) return;
    for (const c of this.calls) {
      if (!/^(zone|rectangle)$/.test(c.name) || !/(^|\.)add$/.test(c.on || '')) continue;
      const [x, y, w, h] = c.n.arguments;
      if (!x || !y || !(x.type === 'Literal' && x.value === 0 && y.type === 'Literal' && y.value === 0)) continue;
      const width = this.placeOf(w); const height = this.placeOf(h);
      if (width === null || height === null || width < view.w * 0.9 || height < view.h * 0.9) continue;
      const chain = this.code.slice(c.n.end, c.n.end + 200).split(/;|\n\s*\n/)[0];
      const name = this.nameOfMade(c.n);
      const esc = name ? name.replace(/[.$]/g, (m) => '\\' + m) : null;
      const onName = (re) => esc && new RegExp(`${esc}\\s*\\.\\s*(${re})`).test(this.code);
      if (/setOrigin|setDisplayOrigin|setPosition|setSize|setScrollFactor/.test(chain) || onName('setOrigin|setDisplayOrigin|originX|setPosition|[xy]\\s*=[^=]|setSize|setScrollFactor')) continue;
      if (!/setInteractive/.test(chain) && !onName('setInteractive')) continue;
      // a child of a container is placed from the container's position (a panel at the middle of the screen)
      if (name && this.containerHolding(name)) continue;
      const text = this.code.slice(c.n.start, c.n.end).replace(/\s+/g, ' ');
      this.add('misplaced', true, `${text} (line ${lineOf(c.n)}) is as big as the screen but made at (0, 0) with the default origin 0.5, so it is centred on the top-left corner: only the top-left quarter of the screen is inside it, and clicks anywhere else do nothing (add .setOrigin(0), or make it at the middle of the screen)`, lineOf(c.n), '.setOrigin(0)');
      return;
    }
  }

  // an opaque filled rectangle made after a text at the same place (a highlight bar on a menu or score row) is drawn
  // over the text: with no depth set anywhere, the later object is on top
  barOverRowText() {
    const ON_ADD = /(^|\.)add$/;
    const rects = this.calls.filter((c) => c.name === 'rectangle' && ON_ADD.test(c.on || '') && c.ctx.fn);
    const texts = this.calls.filter((c) => c.name === 'text' && ON_ADD.test(c.on || ''));
    const opaque = (c) => {
      const [, , , , colour, alpha] = c.n.arguments;
      if (!colour || (colour.type === 'Identifier' && colour.name === 'undefined') || (colour.type === 'Literal' && colour.value === null)) return false;
      return !alpha || (alpha.type === 'Literal' && typeof alpha.value === 'number' && alpha.value >= 1);
    };
    // objects put in a container or layer are drawn where it is, not in the order they were made
    const grouped = this.calls.filter((c) => /^(container|layer)$/.test(c.name) || (c.name === 'add' && !/(^|\.)(add|physics|scene|tweens|time|events)$/.test(c.on || '')));
    const inGroup = (n) => {
      const name = this.nameOfMade(n);
      return grouped.some((g) => g.n.arguments.some((a) => (a.start <= n.start && n.end <= a.end) || (name && new RegExp(`(^|[^\\w$.])${name.replace(/[.$]/g, (m) => '\\' + m)}\\b`).test(this.code.slice(a.start, a.end)))));
    };
    for (const r of rects) {
      if (r.n.arguments.length < 5 || !opaque(r) || inGroup(r.n)) continue;
      // the bar keeps its look (no alpha, fill or visibility change, never a tween's target) and is not a cover the
      // player clicks away (a card's back over its face)
      const name = this.nameOfMade(r.n);
      const chain = this.code.slice(r.n.start, r.n.end + 200).split(/;|\n/)[0];
      if (/setAlpha|setFillStyle|setBlendMode|setVisible|setMask|setInteractive/.test(chain)) continue;
      if (name) {
        const esc = name.replace(/[.$]/g, (m) => '\\' + m);
        if (new RegExp(`${esc}\\s*\\.\\s*(setAlpha|alpha\\s*=|setFillStyle|fillAlpha|setBlendMode|setMask|destroy|setVisible|visible\\s*=|setInteractive|on\\s*\\()|targets\\s*:\\s*\\[?[^\\]}]*${esc}\\b`).test(this.code)) continue;
      } else if (!/^\s*(\.|;|$)/.test(this.code.slice(r.n.end, r.n.end + 3))) continue;
      for (const t of texts) {
        if (t.n.start >= r.n.start || t.n.start < r.ctx.fn.start || t.n.end > r.ctx.fn.end || inGroup(t.n)) continue;
        // the text's own loop index or callback parameter stands for the bar's row (i for newIndex)
        const loopVars = new Set();
        if (t.ctx.fn && t.ctx.fn !== r.ctx.fn) for (const q of t.ctx.fn.params) if (q.type === 'Identifier') loopVars.add(q.name);
        walk(r.ctx.fn.body, (n) => {
          if (n.type === 'ForStatement' && n.start < t.n.start && n.end > t.n.end && n.init && n.init.type === 'VariableDeclaration') for (const d of n.init.declarations) if (d.id.type === 'Identifier') loopVars.add(d.id.name);
        });
        const same = (a, b) => {
          if (!a || !b) return false;
          if (a.type === 'Identifier' && loopVars.has(a.name)) return b.type === 'Identifier' || b.type === 'MemberExpression';
          if (a.type !== b.type) return false;
          if (a.type === 'Literal') return a.value === b.value;
          if (a.type === 'Identifier') return a.name === b.name;
          if (a.type === 'MemberExpression') return !!memberPath(a) && memberPath(a) === memberPath(b);
          if (a.type === 'BinaryExpression') return a.operator === b.operator && same(a.left, b.left) && same(a.right, b.right);
          return false;
        };
        const [tx, ty] = t.n.arguments;
        const [rx, ry, rw, rh] = r.n.arguments;
        if (!(same(tx, rx) && same(ty, ry)) && !this.pointInside([tx, ty], [rx, ry, rw, rh], r.n)) continue;
        // a text that is hidden and never shown again is covered to no effect
        const textChain = this.code.slice(t.n.end, t.n.end + 200).split(/;|\n\s*\n/)[0];
        if (/setVisible\s*\(\s*false/.test(textChain) && !/setVisible\s*\(\s*true|\.visible\s*=\s*true/.test(this.code)) continue;
        const full = this.code.slice(r.n.start, r.n.end).replace(/\s+/g, ' ');
        const text = full.length > 70 ? full.slice(0, 69) + '…' : full;
        this.add('misplaced', true, `${text} (line ${lineOf(r.n)}) is an opaque filled rectangle made after the text it covers (line ${lineOf(t.n)}), and nothing sets a depth: it is drawn over the text and hides it (make the rectangle before the text, give it .setDepth(-1), or a fill alpha below 1)`, lineOf(r.n), 'the rectangle under the text');
        return;
      }
    }
  }

  // a number for a place on the screen: literals and arithmetic through names, the game's width and height
  // (this.scale.width), and a field set once in the same way (this.ox = (this.scale.width - W) / 2)
  placeOf(n, depth = 0) {
    if (!n || depth > 8) return null;
    const size = this.viewSize();
    const path = memberPath(n);
    if (size && path && /(^|\.)(scale|cameras\.main|sys\.game\.config|game\.config|scale\.gameSize)\.(width|height)$/.test(path)) return path.endsWith('width') ? size.w : size.h;
    if (n.type === 'BinaryExpression' && ['+', '-', '*', '/'].includes(n.operator)) {
      const a = this.placeOf(n.left, depth + 1); const b = this.placeOf(n.right, depth + 1);
      if (a === null || b === null) return null;
      return n.operator === '+' ? a + b : n.operator === '-' ? a - b : n.operator === '*' ? a * b : (b ? a / b : null);
    }
    if (n.type === 'Identifier') {
      const d = this.decls.get(n.name);
      if (d && d.length === 1 && !this.writes.get(n.name)) return this.placeOf(d[0].init, depth + 1);
      // const { width, height } = this.scale
      if (!d && size && /^(width|height)$/.test(n.name) && !this.writes.get(n.name)) {
        let from = null;
        walk(this.ast, (q) => {
          if (q.type === 'VariableDeclarator' && q.id.type === 'ObjectPattern' && q.id.properties.some((p) => p.type === 'Property' && p.key && p.key.name === n.name && p.value.type === 'Identifier' && p.value.name === n.name)) from = from === null ? memberPath(q.init) || '' : '';
        });
        if (from && /(^|\.)(scale|cameras\.main|sys\.game\.config|game\.config|scale\.gameSize)$/.test(from)) return n.name === 'width' ? size.w : size.h;
      }
      return null;
    }
    if (path && path.startsWith('this.')) {
      const set = this.assigns.filter((a) => a.path === path);
      return set.length === 1 ? this.placeOf(set[0].value, depth + 1) : null;
    }
    return this.arithmetic(n);
  }

  // whether a point ([x, y] nodes) lies inside a rectangle made at [x, y, w, h] (centred, or from its corner after
  // setOrigin(0) on the made object's chain); false where a value is not known
  pointInside([px, py], [rx, ry, rw, rh], made) {
    const v = [px, py, rx, ry, rw, rh].map((n) => this.placeOf(n));
    if (v.some((x) => x === null)) return false;
    const chain = this.code.slice(made.end, made.end + 200).split(/;|\n\s*\n/)[0];
    const origin = /setOrigin\s*\(\s*([\d.]+)\s*\)/.exec(chain);
    if (/setOrigin/.test(chain) && (!origin || ![0, 0.5].includes(Number(origin[1])))) return false;
    const o = origin ? Number(origin[1]) : 0.5;
    const [x, y, cx, cy, w, h] = v;
    return x >= cx - w * o && x <= cx + w * (1 - o) && y >= cy - h * o && y <= cy + h * (1 - o);
  }

  localPointAsScreen() {
    const PLACES = /^(text|image|sprite|circle|rectangle|star|ellipse|triangle|bitmapText|setPosition|emitParticleAt)$/;
    for (const c of this.calls) {
      const [ev, fn] = c.n.arguments;
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || !/^pointer(down|up)$/.test(ev.value) || !fn || !/Function/.test(fn.type)) continue;
      if (/(^|\.)input$/.test(c.on || '') || !c.on) continue;
      const [, px, py] = fn.params;
      if (!px || !py || px.type !== 'Identifier' || py.type !== 'Identifier') continue;
      let used = null;
      for (const { name: nx, body } of this.paramBodies(fn, 1)) {
        const ny = (this.paramBodies(fn, 2).find((q) => q.body === body) || {}).name;
        if (!ny) continue;
        walk(body, (n) => {
          if (used || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed || !PLACES.test(n.callee.property.name)) return;
          const a = n.arguments;
          if (a[0] && a[1] && a[0].type === 'Identifier' && a[0].name === nx && a[1].type === 'Identifier' && a[1].name === ny) used = n;
        });
        if (used) break;
      }
      if (!used) continue;
      this.add('wrong_argument', true, `${c.on}.on('${ev.value}', (${fn.params.map((q) => q.name || '...').join(', ')}) => ...): a game object's pointer events pass the point inside the object (from its top-left corner) after the pointer, so ${px.name}, ${py.name} are not where the click was on the screen, and ${this.code.slice(used.start, used.end).replace(/\s+/g, ' ').slice(0, 50)} (line ${lineOf(used)}) puts it near the view's corner (pointer.worldX, pointer.worldY)`, lineOf(used), 'pointer.worldX, pointer.worldY');
      return;
    }
  }

  colliderCallbackMistakes() {
    const code = this.bare();
    const text = (n) => this.code.slice(n.start, n.end);
    const PADDLE = /(paddle|racket|racquet|mallet|striker)s?$|(^|\.)bat$/i;
    const BALL = /(ball|puck)s?$/i;
    // made with a dynamic Arcade body for certain: physics.add.image / sprite (or a method returning one), or
    // physics.add.existing(obj) with no `true`; for a list, each of its objects
    const ARCADE_DYNAMIC = /(^|\.)physics\.add\.(image|sprite)$/;
    const dynamicBody = (n) => {
      if (n && n.type === 'ArrayExpression') return n.elements.length > 0 && n.elements.every(dynamicBody);
      const path = n ? memberPath(n) : null;
      if (!path) return false;
      const inits = [...(this.decls.get(path) || []).map((d) => d.init), ...this.assigns.filter((x) => x.path === path).map((x) => x.value)];
      const made = (v) => {
        let c = v;
        while (c && c.type === 'CallExpression' && c.callee.type === 'MemberExpression' && !ARCADE_DYNAMIC.test(memberPath(c.callee) || '') && c.callee.object.type === 'CallExpression') c = c.callee.object;
        if (!c || c.type !== 'CallExpression') return false;
        if (ARCADE_DYNAMIC.test(memberPath(c.callee) || '')) return true;
        // this.makePaddle(x, y) returning this.physics.add.image(...)
        const m = c.callee.type === 'MemberExpression' && !c.callee.computed ? this.functionsByName().get(c.callee.property.name) : null;
        let returns = false;
        if (m) walk(m.body, (r) => { if (r.type === 'ReturnStatement' && r.argument && (made(r.argument) || (r.argument.type === 'Identifier' && (this.decls.get(r.argument.name) || []).some((d) => made(d.init))))) returns = true; });
        return returns;
      };
      return inits.some(made) || this.calls.some((c) => c.name === 'existing' && /(^|\.)physics\.add$/.test(c.on || '') && c.n.arguments.length === 1 && memberPath(c.n.arguments[0]) === path);
    };
    const handlerOf = (h) => {
      if (!h) return null;
      if (/Function/.test(h.type)) return h;
      const name = h.type === 'Identifier' ? h.name : h.type === 'MemberExpression' && !h.computed ? h.property.name : null;
      return name ? this.functionsByName().get(name) || null : null;
    };
    for (const c of this.calls) {
      if (c.name !== 'collider' || !/(^|\.)physics\.add$/.test(c.on || '') || c.n.arguments.length < 2) continue;
      const [a, b, cb, process] = c.n.arguments;
      const fn = handlerOf(cb);
      const names = [0, 1].map((i) => [memberPath([a, b][i]) || '', fn && fn.params[i] && fn.params[i].type === 'Identifier' ? fn.params[i].name : '']);
      const paddle = names.findIndex((ns) => ns.some((n) => PADDLE.test(n)));
      const ball = names.findIndex((ns) => ns.some((n) => BALL.test(n)));
      if (paddle >= 0 && ball >= 0 && paddle !== ball && !/mmovable|ushable|static/i.test(code) && /setVelocity|velocity\.[xy]\s*=/.test(code)
        && dynamicBody([a, b][paddle])) {
        this.add('misplaced', true, `${text(c.n).slice(0, 70)} (line ${lineOf(c.n)}) bounces a ball off a paddle that is a dynamic body, and nothing in the program is immovable: two dynamic bodies share each hit, so the ball shoves the paddle out of its lane (paddle.setImmovable(true))`, lineOf(c.n), 'setImmovable(true)');
        return;
      }
      // the callback hides what it hit and leaves its body on
      if (!fn || process || fn.body.type !== 'BlockStatement') continue;
      for (const p of fn.params.slice(0, 2)) {
        if (p.type !== 'Identifier') continue;
        const body = text(fn.body);
        const e = p.name.replace(/\$/g, '\\$');
        const hide = new RegExp(`\\b${e}\\s*\\.\\s*set(Active|Visible)\\s*\\(\\s*false`).exec(body);
        // (its body switched off, destroyed, or the object moved away: as it should be)
        if (!hide || new RegExp(`\\b${e}\\s*\\.\\s*(destroy|disableBody|body\\s*\\.\\s*(enable|checkCollision|destroy)|setPosition|setY|setX|y\\s*=|x\\s*=)|disableBody|\\.remove\\s*\\(|killAndHide`).test(body)) continue;
        const line = lineOf(fn.body) + this.code.slice(fn.body.start, fn.body.start + hide.index).split('\n').length - 1;
        this.add('never_fires', true, `${p.name}.set${hide[1]}(false) (line ${line}) in the collider's callback hides what was hit and leaves its body on: Arcade colliders ignore active and visible, so the ball goes on bouncing off ${p.name === 'brick' ? 'a brick' : 'something'} nobody sees (${p.name}.disableBody(true, true), or ${p.name}.destroy())`, line, `${p.name}.disableBody(true, true)`);
        return;
      }
    }
  }

  // collectCoin(player, coin) { coin.disableBody(true); this.score++ }: disableBody's second argument (hide the object)
  // left out, so every collected coin stays drawn
  collectedButDrawn() {
    const text = (n) => this.code.slice(n.start, n.end);
    for (const c of this.calls) {
      if (!/^(collider|overlap)$/.test(c.name) || !/(^|\.)physics\.add$/.test(c.on || '') || c.n.arguments.length < 3) continue;
      const cb = c.n.arguments[2];
      const name = cb.type === 'Identifier' ? cb.name : cb.type === 'MemberExpression' && !cb.computed ? cb.property.name : null;
      const fn = /Function/.test(cb.type) ? cb : name ? this.functionsByName().get(name) : null;
      if (!fn || !fn.body || fn.body.type !== 'BlockStatement') continue;
      const body = text(fn.body);
      if (!/\+\+|\+=|setText/.test(body)) continue;
      for (const p of fn.params.slice(0, 2)) {
        if (p.type !== 'Identifier') continue;
        const e = p.name.replace(/\$/g, '\\$');
        const off = new RegExp(`\\b${e}\\s*\\.\\s*disableBody\\s*\\(\\s*true\\s*(,\\s*false\\s*)?\\)`).exec(body);
        if (!off) continue;
        // hidden, removed or taken away some other way: as it should be
        if (new RegExp(`\\b${e}\\s*\\.\\s*(destroy|setVisible|setAlpha|visible\\s*=|alpha\\s*=|play|setTexture|setFrame|setPosition|setY|setX|y\\s*=|x\\s*=|setScale)|targets\\s*:\\s*\\[?\\s*${e}\\b|killAndHide\\s*\\(\\s*${e}|\\.remove\\s*\\(\\s*${e}`).test(body)) continue;
        const line = lineOf(fn.body) + this.code.slice(fn.body.start, fn.body.start + off.index).split('\n').length - 1;
        this.add('never_fires', true, `${p.name}.disableBody(true${off[1] ? ', false' : ''}) (line ${line}) in the ${c.name}'s callback switches its body off but keeps it drawn (the second argument, hideGameObject, is false), so each ${p.name} taken stays on the screen (${p.name}.disableBody(true, true))`, line, `${p.name}.disableBody(true, true)`);
        return;
      }
    }
  }

  // physics.add.group({ immovable: true, bounceY: 1.6 }) for springs: Arcade turns a body that hits an immovable one
  // round with its own bounce, never the immovable one's, so a spring's bounce does nothing and what lands on it stops
  bounceOnImmovable() {
    if (/setBounce|\bbounce\s*\.\s*(set|[xy]\s*=)/.test(this.bare())) return;
    for (const c of this.calls) {
      if (!/^(group|staticGroup)$/.test(c.name) || !/(^|\.)physics\.add$/.test(c.on || '')) continue;
      const cfg = c.n.arguments.find((a) => a && a.type === 'ObjectExpression');
      if (!cfg) continue;
      const keys = new Map(cfg.properties.filter((q) => q.type === 'Property' && !q.computed && q.key).map((q) => [q.key.name || q.key.value, q.value]));
      const fixed = c.name === 'staticGroup' || (keys.get('immovable') && keys.get('immovable').type === 'Literal' && keys.get('immovable').value === true);
      const bounce = ['bounceY', 'bounceX', 'bounce'].find((k) => keys.has(k) && (this.numberOf(keys.get(k)) || 0) > 0);
      if (!fixed || !bounce) continue;
      // every other config's bounce: none (the bouncing side has no bounce of its own)
      if (this.props.some((q) => /^bounce[XY]?$/.test(q.key) && !(q.value && q.value.start >= cfg.start && q.value.end <= cfg.end))) return;
      this.add('never_fires', true, `physics.add.${c.name}({ ..., ${bounce}: ${this.code.slice(keys.get(bounce).start, keys.get(bounce).end)} }) (line ${lineOf(c.n)}) gives the bounce to ${c.name === 'staticGroup' ? 'static' : 'immovable'} bodies: Arcade turns a body that lands on them round with that body's own bounce, never theirs, and nothing else has one, so whatever lands there just stops (give the bounce to what lands: player.setBounceY(...), or set its velocity on landing)`, lineOf(c.n), 'a bounce on the moving body');
      return;
    }
  }

  // physics.overlapRect(x, y, w, h) to feel for the ground: it looks only at dynamic bodies unless its sixth argument
  // (includeStatic) is true, so on ground made of static bodies it finds nothing and the walker turns every frame
  overlapRectWithoutStatic() {
    if (!/staticGroup|staticImage|staticSprite|add\.existing\s*\([^)]*,\s*true\s*\)/.test(this.bare())) return;
    for (const c of this.calls) {
      if (c.name !== 'overlapRect' || !/(^|\.)physics$/.test(c.on || '')) continue;
      const args = c.n.arguments;
      if (args.length >= 6 && !(args[5].type === 'Literal' && args[5].value === false)) continue;
      // asked about the ground: the call's line or the function it is in speaks of it
      const named = [...this.functionsByName()].find(([, f]) => f.start <= c.n.start && f.end >= c.n.end);
      const near = named ? named[0] + ' ' + this.code.slice(named[1].start, named[1].end) : this.code.split('\n')[lineOf(c.n) - 1] || '';
      if (!/ground|floor|ledge|platform|below|ahead|edge|solid|land|footing/i.test(near)) continue;
      this.add('never_fires', true, `physics.overlapRect(${args.map((a) => this.code.slice(a.start, a.end)).join(', ').slice(0, 60)}) (line ${lineOf(c.n)}) looks for the ground, but it searches only dynamic bodies unless its sixth argument, includeStatic, is true, and the ground here is static: it never finds any (overlapRect(x, y, w, h, true, true))`, lineOf(c.n), 'overlapRect(x, y, w, h, true, true)');
      return;
    }
  }

  // Matter bodies that Phaser takes silently and that never do what the code says:
  // - this.matter.bodies.circle(...) (Matter's own factory) never added to the world: the engine never moves it;
  // - a collision category that is not one bit (1, 2, 3, 4: 3 shares 1's and 2's bits, so masks match both);
  // - setVelocity / setAngularVelocity on a body made static: a static body is never integrated;
  // - fromVertices(x, y, [0, 0, 420, 200, ...]): vertices are {x, y} points (or a 'x y x y' path), numbers are NaN;
  // - matter.add.image(..., { isStatic: true }).setCircle(8): setCircle builds a new body without those options
  matterBodyMistakes() {
    const code = this.bare();
    const src = (n) => this.code.slice(n.start, n.end);
    const single = (n) => {
      if (n && n.type === 'Identifier') { const d = this.decls.get(n.name); return d && d.length === 1 && !this.writes.get(n.name) ? d[0].init : null; }
      return n;
    };
    const esc = (name) => name.replace(/[.$]/g, '\\$&');
    const report = (kind, message, line, expected) => { this.add(kind, true, message, line, expected); return true; };
    // a call whose last argument is an options object with isStatic: true
    const madeStatic = (call) => call.arguments.length > 0 && call.arguments[call.arguments.length - 1].type === 'ObjectExpression'
      && /isStatic\s*:\s*true/.test(src(call.arguments[call.arguments.length - 1]));
    // where the options come in the Matter body setters (setCircle(radius, options), setRectangle(w, h, options), ...)
    const OPTIONS_AT = { setCircle: 1, setRectangle: 2, setPolygon: 2, setTrapezoid: 3, setBody: 1 };
    const found = this.calls.some((c) => {
      const on = c.on || '';
      const args = c.n.arguments;
      // a body from Matter's own factory, handed to nothing that adds it
      if (/^(circle|rectangle|polygon|trapezoid|fromVertices)$/.test(c.name) && /(^|\.)(matter\.bodies|Matter\.Bodies|Bodies)$/.test(on)) {
        const bound = [...this.assigns.filter((a) => a.value === c.n).map((a) => a.path), ...[...this.decls].filter(([, ds]) => ds.some((d) => d.init === c.n)).map(([n]) => n)];
        const name = bound[0];
        if (!name) return false;
        const e = esc(name);
        if (new RegExp(`(\\badd|addBody|setExistingBody|existing|gameObject|Composite\\.add|World\\.add)\\s*\\([^;]*\\b${e}\\b|\\[[^\\]]*\\b${e}\\b[^\\]]*\\]`).test(code)) return false;
        if (!new RegExp(`\\b${e}\\b`).test(code.slice(c.n.end))) return false;
        return report('never_fires', `${name} = ${on}.${c.name}(...) (line ${lineOf(c.n)}) makes a body with Matter's own factory, which does not add it to the world, and nothing adds it: the engine never moves it (this.matter.add.${c.name}(...), or this.matter.world.add(${name}))`, lineOf(c.n), `this.matter.add.${c.name}`);
      }
      // a category of more than one bit
      if (c.name === 'setCollisionCategory' && args[0]) {
        const options = args[0].type === 'ConditionalExpression' ? [args[0].consequent, args[0].alternate] : [args[0]];
        for (const a of options) {
          const v = this.numberOf(a);
          if (v !== null && Number.isInteger(v) && v > 0 && (v & (v - 1)) !== 0) {
            return report('wrong_argument', `setCollisionCategory(${src(args[0])}) (line ${lineOf(c.n)}): ${src(a)} is ${v}, more than one bit (categories are powers of two: 1, 2, 4, 8), so masks that take one of its bits match it too`, lineOf(c.n), 'a power of two');
          }
        }
      }
      // fromVertices with a flat list of numbers
      if (c.name === 'fromVertices' && /(^|\.)matter\.add$/.test(on) && args[2]) {
        const v = single(args[2]);
        if (v && v.type === 'ArrayExpression' && v.elements.length >= 6 && v.elements.every((e) => e && literalValue(e).ok && typeof literalValue(e).value === 'number')) {
          return report('wrong_argument', `${on}.fromVertices(${src(args[0])}, ${src(args[1])}, ${src(args[2])}) (line ${lineOf(c.n)}) is given a flat list of numbers: vertices are {x, y} points (or a 'x y x y' path string), so every vertex is NaN and the body has no shape`, lineOf(c.n), '[{ x, y }, ...]');
        }
      }
      // matter.add.image(..., { isStatic: true }).setCircle(8): the new body drops the options
      if (Object.hasOwn(OPTIONS_AT, c.name) && !args[OPTIONS_AT[c.name]]) {
        const inner = c.n.callee.object;
        const made = inner && inner.type === 'CallExpression' && /(^|\.)matter\.add\.(image|sprite|gameObject|rectangle|circle)$/.test(memberPath(inner.callee) || '') ? inner : null;
        if (made && madeStatic(made)) {
          return report('never_fires', `${src(made).slice(0, 60)}...${c.name}(...) (line ${lineOf(c.n)}): ${c.name}() builds a new body without the options given before, so isStatic: true is lost and the body falls (pass the options again: ${c.name}(..., { isStatic: true }), or setStatic(true) after it)`, lineOf(c.n), `${c.name}(..., { isStatic: true })`);
        }
      }
      return false;
    });
    if (found || /setStatic\s*\(/.test(code)) return;
    // velocity given to a body made static (matter.add.gameObject(obj, { isStatic: true }); one made static later, as
    // a ball that is holed, may have moved before)
    const statics = new Set();
    const matterMade = (v) => v && v.type === 'CallExpression' && /(^|\.)matter\.add\.\w+$/.test(memberPath(v.callee) || '') && madeStatic(v);
    for (const c of this.calls) if (/(^|\.)matter\.add$/.test(c.on || '') && c.name === 'gameObject' && madeStatic(c.n) && memberPath(c.n.arguments[0])) statics.add(memberPath(c.n.arguments[0]));
    for (const [name, list] of this.decls) if (list.some((d) => matterMade(d.init))) statics.add(name);
    for (const a of this.assigns) if (matterMade(a.value)) statics.add(a.path);
    const moved = this.calls.find((c) => /^(setVelocity|setVelocityX|setVelocityY|setAngularVelocity|applyForce|thrust)$/.test(c.name) && statics.has(c.on || ''));
    if (!moved) return;
    this.add('never_fires', true, `${moved.on}.${moved.name}(...) (line ${lineOf(moved.n)}) on a Matter body made static: a static body is never moved by the engine, so its velocity does nothing (make it dynamic and hold it with a constraint, or turn it with setAngle / setRotation)`, lineOf(moved.n), 'a dynamic body');
  }

  // this.platform = this.physics.add.image(...).setImmovable(true), moved by a tween of its x: the tween sets the
  // position, the body keeps a velocity of 0, and Arcade carries what stands on a platform by the platform's own motion
  // (its velocity, or setDirectControl(true)), so the rider stays behind and slides off
  tweenedPlatformNotCarrying() {
    if (!this.gravityYs().some((y) => (this.numberOf(y) || 0) > 0)) return;
    const made = (name) => {
      const init = [...(this.decls.get(name) || []).map((d) => d.init), ...this.assigns.filter((a) => a.path === name).map((a) => a.value)];
      return init.some((v) => {
        let c = v;
        while (c && c.type === 'CallExpression' && c.callee.type === 'MemberExpression' && !/(^|\.)physics\.add\.(image|sprite)$/.test(memberPath(c.callee) || '')) c = c.callee.object;
        return !!c && c.type === 'CallExpression' && /(^|\.)physics\.add\.(image|sprite)$/.test(memberPath(c.callee) || '');
      });
    };
    walk(this.ast, (n) => {
      if (this.tweenedPlatform || n.type !== 'CallExpression' || !/(^|\.)tweens\.add$/.test(memberPath(n.callee) || '')) return;
      const cfg = n.arguments[0];
      if (!cfg || cfg.type !== 'ObjectExpression') return;
      const keys = new Map(cfg.properties.filter((p) => p.type === 'Property' && !p.computed && p.key).map((p) => [p.key.name || p.key.value, p.value]));
      const target = keys.has('targets') ? memberPath(keys.get('targets')) : null;
      if (!target || !keys.has('x') || !/(platform|lift|elevator|ledge|ferry|raft|plank|log|cloud|board)s?\w*$/i.test(target) || !made(target)) return;
      const esc = target.replace(/[.$]/g, '\\$&');
      if (!new RegExp(`${esc}(\\.body)?\\.(setImmovable\\s*\\(\\s*(true)?\\s*\\)|immovable\\s*=\\s*true)`).test(this.bare())) return;
      // the program carries the rider itself: the platform's move worked out by hand (platform.x - lastX) or the rider
      // set from the platform's x
      if (new RegExp(`${esc}\\.x\\s*-|\\.x\\s*(\\+=|=)\\s*[^;\\n]*${esc}\\.(x|body)\\b`).test(this.bare())) return;
      if (!this.calls.some((c) => c.name === 'collider' && c.n.arguments.slice(0, 2).some((a) => memberPath(a) === target))) return;
      this.tweenedPlatform = { target, line: lineOf(n) };
    });
    if (!this.tweenedPlatform) return;
    const { target, line } = this.tweenedPlatform;
    this.add('never_fires', true, `${target} has a dynamic Arcade body moved by a tween of its x (line ${line}): the tween sets its position and its body keeps a velocity of 0, and Arcade carries what stands on a platform by the platform's own motion, so a rider is left behind and slides off (${target}.body.setDirectControl(true), or move it by velocity)`, line, `${target}.body.setDirectControl(true)`);
  }

  // registry.events.on('setdata', save) and then registry.set('gold', gold + 1) again and again: a DataManager emits
  // 'setdata' only when a key is first made, and 'changedata' (and 'changedata-gold') on every later change, so the
  // handler sees the first value and never another
  setDataForChanges() {
    const listens = this.calls.filter((c) => ['on', 'once', 'addListener'].includes(c.name) && c.on && /\.events$/.test(c.on)
      && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && c.n.arguments[0].value === 'setdata');
    for (const l of listens) {
      const owner = l.on.replace(/\.events$/, '');
      if (this.calls.some((c) => c.on === l.on && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && /^changedata/.test(String(c.n.arguments[0].value)))) continue;
      // the keys written through the owner: set('gold', ...) twice or more, or changed with inc / toggle / values.gold =
      const writes = new Map();
      for (const c of this.calls) {
        const key = c.n.arguments[0] && c.n.arguments[0].type === 'Literal' ? String(c.n.arguments[0].value) : null;
        if (c.on === owner && key !== null && ['set', 'inc', 'toggle'].includes(c.name)) writes.set(key, (writes.get(key) || []).concat([{ line: lineOf(c.n), change: c.name !== 'set' }]));
      }
      for (const a of this.assigns) if (a.path.startsWith(owner + '.values.')) writes.set(a.prop, (writes.get(a.prop) || []).concat([{ line: a.line, change: true }]));
      const changed = [...writes].find(([, w]) => w.length >= 2 || w.some((x) => x.change));
      if (!changed) continue;
      const [key, w] = changed;
      const later = w.length >= 2 ? w[1] : w[0];
      this.add('never_fires', true, `${l.on}.on('setdata') (line ${lineOf(l.n)}): a DataManager emits 'setdata' only when a key is first made; the later changes of '${key}' (line ${later.line}) emit 'changedata', so the handler never sees them (listen for 'changedata', or 'changedata-${key}')`, lineOf(l.n), "'changedata'");
      return;
    }
  }

  // const sheet = this.textures.createCanvas('flame', w, h); sheet.getContext().fillRect(...) with no sheet.refresh():
  // WebGL (what Phaser.AUTO picks) keeps the blank copy it uploaded when the texture was made, so what uses the
  // texture draws nothing (draw(), drawFrame(), update() and refresh() upload the canvas)
  canvasTextureNeverRefreshed() {
    if (/\brefresh\s*\(/.test(this.bare())) return;
    const made = [];
    for (const [name, list] of this.decls) for (const d of list) if (d.init && d.init.type === 'CallExpression' && /(^|\.)textures\.createCanvas$/.test(memberPath(d.init.callee) || '')) made.push({ name, line: d.line });
    for (const a of this.assigns) if (a.value.type === 'CallExpression' && /(^|\.)textures\.createCanvas$/.test(memberPath(a.value.callee) || '')) made.push({ name: a.path, line: a.line });
    const code = this.bare();
    for (const { name, line } of made) {
      const esc = name.replace(/[.$]/g, '\\$&');
      if (new RegExp(`${esc}\\s*\\.\\s*(update|draw|drawFrame|putData|setPixel|clear)\\s*\\(`).test(code)) continue;
      // drawn through its context: ctx = sheet.getContext() (or sheet.context), or sheet.getContext().fillRect(...)
      const ctxName = new RegExp(`(?:(?:const|let|var)\\s+([\\w$]+)|\\bthis\\.[\\w$]+)\\s*=\\s*${esc}\\s*\\.\\s*(?:getContext\\s*\\(\\s*\\)|context\\b)`).exec(code);
      const direct = new RegExp(`${esc}\\s*\\.\\s*(?:getContext\\s*\\(\\s*\\)|context)\\s*\\.\\s*(fill|stroke|drawImage|putImageData|arc|rect|clearRect)`).test(code);
      // (the context kept in a name is drawn with, here or in a helper it is handed to)
      if (!direct && !ctxName) continue;
      this.add('never_fires', true, `${name} = textures.createCanvas(...) (line ${line}) is painted through its 2D context but never refresh()ed: WebGL, which Phaser.AUTO picks, keeps the blank copy uploaded when the texture was made, so what shows the texture draws nothing (call ${name}.refresh() after painting)`, line, `${name}.refresh()`);
      return;
    }
  }

  // ctx.fillStyle = Phaser.Display.Color.GetColor(r, g, b): a canvas 2D context takes CSS colour strings and ignores
  // a number (the fill stays as it was, black), and on a Graphics the assignment replaces its fillStyle() method
  numberColourOnContext() {
    const numeric = (n, depth = 0) => {
      if (!n || depth > 2) return false;
      if (n.type === 'Literal') return typeof n.value === 'number';
      if (n.type === 'CallExpression') return /(^|\.)Color\.(GetColor|GetColor32)$/.test(memberPath(n.callee) || '');
      if (n.type === 'Identifier') { const d = this.decls.get(n.name); return !!d && d.length === 1 && !this.writes.get(n.name) && numeric(d[0].init, depth + 1); }
      return false;
    };
    walk(this.ast, (n) => {
      if (this.numberColourFound || n.type !== 'AssignmentExpression' || n.operator !== '=' || n.left.type !== 'MemberExpression' || n.left.computed) return;
      const prop = n.left.property.name;
      if (!/^(fillStyle|strokeStyle|shadowColor)$/.test(prop) || !numeric(n.right)) return;
      this.numberColourFound = true;
      const target = memberPath(n.left.object) || 'ctx';
      this.add('wrong_argument', true, `${target}.${prop} = ${this.code.slice(n.right.start, n.right.end).slice(0, 40)} (line ${lineOf(n)}): a canvas context's ${prop} takes a CSS colour string and ignores a number, so it keeps the colour it had (black at first) (use Phaser.Display.Color.RGBToString(r, g, b) or a '#rrggbb' string)`, lineOf(n), 'a CSS colour string');
    });
  }

  // const a = pointer.getAngle(); if (a >= -45 && a < 45): getAngle, Math.atan2 and Phaser.Math.Angle.Between give
  // radians (-π..π), so a test against degrees (45, 135) puts every angle in one range (a swipe always reads RIGHT)
  radiansAgainstDegrees() {
    const radians = (n) => {
      if (!n || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed) return false;
      const name = n.callee.property.name;
      const owner = memberPath(n.callee.object) || '';
      return (name === 'getAngle' && n.arguments.length === 0) || (name === 'atan2' && owner === 'Math')
        || (/^(Between|BetweenPoints|BetweenY|BetweenPointsY|Wrap|Normalize)$/.test(name) && /(^|\.)Angle$/.test(owner));
    };
    // names whose every value is such an angle
    const writes = new Map();
    const note = (name, value) => { if (name) writes.set(name, (writes.get(name) ?? true) && radians(value)); };
    walk(this.ast, (n) => {
      if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier') note(n.id.name, n.init);
      else if (n.type === 'AssignmentExpression') note(memberPath(n.left), n.operator === '=' ? n.right : null);
      else if (n.type === 'UpdateExpression') note(memberPath(n.argument), null);
    });
    const isAngle = (n) => {
      if (n && n.type === 'CallExpression' && memberPath(n.callee) === 'Math.abs' && n.arguments.length === 1) n = n.arguments[0];
      if (radians(n)) return true;
      const path = n && (n.type === 'Identifier' || n.type === 'MemberExpression') ? memberPath(n) : null;
      return !!path && writes.get(path) === true;
    };
    let hit = null;
    walk(this.ast, (n) => {
      if (hit || n.type !== 'BinaryExpression' || !/^[<>]=?$/.test(n.operator)) return;
      for (const [a, b] of [[n.left, n.right], [n.right, n.left]]) {
        const v = literalValue(b);
        if (v.ok && typeof v.value === 'number' && Math.abs(v.value) > 6.3 && Math.abs(v.value) <= 360 && isAngle(a)) { hit = { n, a, value: v.value }; return; }
      }
    });
    // Angle.Between(...) + 90, a turn of 90 / 180 / 270 / 360 degrees added to radians (a quarter turn is Math.PI / 2)
    let shifted = null;
    walk(this.ast, (n) => {
      if (shifted || hit || n.type !== 'BinaryExpression' || !['+', '-', '%'].includes(n.operator)) return;
      const v = literalValue(n.right);
      if (v.ok && [90, 180, 270, 360].includes(Math.abs(v.value)) && isAngle(n.left)) shifted = n;
    });
    if (shifted) {
      const text = this.code.slice(shifted.start, shifted.end);
      this.add('wrong_argument', true, `${text} (line ${lineOf(shifted)}): ${this.code.slice(shifted.left.start, shifted.left.end)} is an angle in radians (-π..π) and ${this.code.slice(shifted.right.start, shifted.right.end)} a figure in degrees, so the sum is neither and what is worked out from it (a sector, a direction) is always the same (Phaser.Math.RadToDeg() the radians first, or add Math.PI / 2)`, lineOf(shifted), 'radians, or RadToDeg');
      return;
    }
    // a game object's angle (degrees) and a radians angle in one difference: Angle.ShortestBetween(obj.angle, r) or
    // obj.angle - r (a field the program itself fills with radians does not count)
    const degrees = (n) => {
      const path = n && n.type === 'MemberExpression' && !n.computed && n.property.name === 'angle' ? memberPath(n) : null;
      return !!path && !writes.has(path);
    };
    let mixed = null;
    walk(this.ast, (n) => {
      if (mixed) return;
      const pair = n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && /^Shortest(Between)?$/.test(n.callee.property.name) && /(^|\.)Angle$/.test(memberPath(n.callee.object) || '') ? n.arguments
        : n.type === 'BinaryExpression' && n.operator === '-' ? [n.left, n.right] : null;
      if (pair && pair.length === 2 && ((degrees(pair[0]) && isAngle(pair[1])) || (isAngle(pair[0]) && degrees(pair[1])))) mixed = n;
    });
    if (mixed) {
      const text = this.code.slice(mixed.start, mixed.end);
      const deg = mixed.type === 'CallExpression' ? mixed.arguments.find(degrees) : [mixed.left, mixed.right].find(degrees);
      this.add('wrong_argument', true, `${text} (line ${lineOf(mixed)}) puts ${this.code.slice(deg.start, deg.end)}, a game object's angle in degrees, against an angle in radians (Angle.Between, atan2), so the difference means nothing and the test fails (Phaser.Math.RadToDeg() the radians first, or use ${this.code.slice(deg.start, deg.end).replace(/angle$/, 'rotation')} with radians throughout)`, lineOf(mixed), 'both in degrees, or both in radians');
      return;
    }
    if (!hit) return;
    const line = lineOf(hit.n);
    const text = this.code.slice(hit.n.start, hit.n.end);
    const what = this.code.slice(hit.a.start, hit.a.end);
    this.add('wrong_argument', true, `${text} (line ${line}) tests ${what}, an angle in radians (-π..π), against ${hit.value}, a figure in degrees, so every angle falls on one side (Phaser.Math.RadToDeg() first, or compare with Math.PI / 4)`, line, 'radians, or RadToDeg');
  }

  // rotation: '+=90' in a tween, setRotation(90), obj.rotation = 180: rotation is in radians, and 45/90/180/270/360 are
  // degrees (angle, or Math.PI / 2)
  degreesAsRadians() {
    const DEGREES = new Set([45, 90, 135, 180, 270, 360]);
    const value = (n) => {
      const v = literalValue(n);
      if (!v.ok) return null;
      if (typeof v.value === 'number') return v.value;
      const m = typeof v.value === 'string' ? /^[-+]=\s*(\d+(\.\d+)?)$/.exec(v.value.trim()) : null;
      return m ? Number(m[1]) : null;
    };
    const hit = (n) => { const v = value(n); return v !== null && (DEGREES.has(Math.abs(v)) || Math.abs(v) >= 30); };
    let found = this.props.find((p) => p.key === 'rotation' && hit(p.value) && this.code.slice(Math.max(0, p.value.start - 400), p.value.start).includes('targets'));
    let line = found ? found.line : null;
    let text = found ? `rotation: ${this.code.slice(found.value.start, found.value.end)}` : null;
    if (!found) {
      const c = this.calls.find((k) => k.name === 'setRotation' && hit(k.n.arguments[0]));
      const a = this.assigns.find((k) => k.prop === 'rotation' && hit(k.value));
      if (c) { line = lineOf(c.n); text = `setRotation(${this.code.slice(c.n.arguments[0].start, c.n.arguments[0].end)})`; }
      else if (a) { line = a.line; text = `${a.path} = ${this.code.slice(a.value.start, a.value.end)}`; }
      else {
        // a value worked out in degrees: a name that says so (minuteDeg), or a clock hand's 6 degrees a minute / 30 an hour
        const CLOCK = /\b(minutes?|mins?|seconds?|secs?)\b\s*\*\s*6\b|\bhours?\b[^;\n]*\*\s*30\b/i;
        const RADIANS = /PI\b|DegToRad|[Rr]ad(ian)?s?\b|toRad/;
        const inDegrees = (n) => {
          if (!n) return false;
          const own = this.code.slice(n.start, n.end);
          if (RADIANS.test(own)) return false;
          if (CLOCK.test(own)) return true;
          if (n.type !== 'Identifier') return false;
          const ds = this.decls.get(n.name) || [];
          if (ds.length !== 1 || !ds[0].init) return false;
          const init = this.code.slice(ds[0].init.start, ds[0].init.end);
          return !RADIANS.test(init) && (/(^|[a-z_])(deg|degrees?)$|^deg|Deg(rees?)?$/.test(n.name) || CLOCK.test(init));
        };
        const d = this.assigns.find((k) => k.prop === 'rotation' && inDegrees(k.value));
        const dc = d ? null : this.calls.find((k) => k.name === 'setRotation' && inDegrees(k.n.arguments[0]));
        if (d) { line = d.line; text = `${d.path} = ${this.code.slice(d.value.start, d.value.end)}`; }
        else if (dc) { line = lineOf(dc.n); text = `setRotation(${this.code.slice(dc.n.arguments[0].start, dc.n.arguments[0].end)})`; }
        else return;
      }
    }
    this.add('wrong_argument', true, `${text} (line ${line}): rotation is in radians, and this is a figure in degrees, so the object ends at an odd angle (angle takes degrees; or Phaser.Math.DegToRad, Math.PI / 2 for a quarter turn)`, line, 'angle, or radians');
  }

  // Phaser.Actions.GridAlign(items, { width: 5 * 64, cellWidth: 64 }): width and height count cells, not pixels, so the
  // row does not wrap where the grid should
  gridAlignInPixels() {
    for (const c of this.calls) {
      if (c.name !== 'GridAlign' || !c.n.arguments[1] || c.n.arguments[1].type !== 'ObjectExpression') continue;
      const keys = new Map(c.n.arguments[1].properties.filter((p) => p.type === 'Property' && p.key).map((p) => [p.key.name || p.key.value, p.value]));
      for (const [size, cell] of [['width', 'cellWidth'], ['height', 'cellHeight']]) {
        const w = keys.has(size) ? this.numberOf(keys.get(size)) : null;
        const cw = keys.has(cell) ? this.numberOf(keys.get(cell)) : null;
        if (w === null || cw === null || !(cw >= 8) || w < cw || w === -1) continue;
        this.add('wrong_argument', true, `Phaser.Actions.GridAlign(..., { ${size}: ${this.code.slice(keys.get(size).start, keys.get(size).end)}, ${cell}: ${cw} }) (line ${lineOf(c.n)}): ${size} counts cells, not pixels, so ${w} cells of ${cw} px ${size === 'width' ? 'run off the screen before the row wraps' : 'go far past the screen'} (${size}: ${Math.max(1, Math.round(w / cw))})`, lineOf(c.n), `${size} in cells`);
        return;
      }
    }
  }

  // a Graphics left at the origin that draws at (x, y) and is then scaled or turned by a tween: it scales and turns about
  // its own (0, 0), the canvas corner, so the drawing slides away from (x, y) (make it at (x, y) and draw at (0, 0))
  tweenedGraphicsDrawnAway() {
    const graphics = new Set();
    for (const [path, value] of this.bindings()) {
      const made = this.creation(value).made;
      if (made && /(^|\.)add\.graphics$/.test(memberPath(made.callee) || '') && !(made.arguments[0] && made.arguments[0].type === 'ObjectExpression')) graphics.add(path);
    }
    if (!graphics.size) return;
    for (const c of this.calls) {
      if (c.name !== 'add' || !/(^|\.)tweens$/.test(c.on || '') || !c.n.arguments[0] || c.n.arguments[0].type !== 'ObjectExpression') continue;
      const props = new Map(c.n.arguments[0].properties.filter((p) => p.type === 'Property' && p.key).map((p) => [p.key.name || p.key.value, p.value]));
      const target = props.has('targets') ? memberPath(props.get('targets')) : null;
      const how = ['scale', 'scaleX', 'scaleY', 'rotation', 'angle'].find((k) => props.has(k));
      if (!target || !graphics.has(target) || !how) continue;
      // a scale that ends at 1, or comes back to where it started, leaves the drawing where it was drawn (a pop-in
      // that flies in from the corner on the way is left alone)
      const yoyo = props.has('yoyo') && literalValue(props.get('yoyo')).ok && literalValue(props.get('yoyo')).value === true;
      if (/scale/.test(how) && (yoyo || this.numberOf(props.get(how)) === 1)) continue;
      const own = this.calls.filter((k) => this.chainRoot(k.n) === target);
      if (own.some((k) => /^(setPosition|setX|setY|copyPosition|setRandomPosition)$/.test(k.name)) || this.assigns.some((a) => a.path === target + '.x' || a.path === target + '.y')) continue;
      const draws = own.filter((k) => /^(fill|stroke)(Circle|Rect|Ellipse|RoundedRect|Triangle|Star)$/.test(k.name));
      const zero = (n) => { const v = this.numberOf(n); return v !== null && Math.abs(v) < 1; };
      if (!draws.length || draws.some((k) => zero(k.n.arguments[0]) && zero(k.n.arguments[1]))) continue;
      const d = draws[0];
      this.add('misplaced', true, `the tween of ${target} (line ${lineOf(c.n)}) changes its ${how}, but the Graphics sits at (0, 0) and draws at (${this.code.slice(d.n.arguments[0].start, d.n.arguments[1].end)}) (line ${lineOf(d.n)}): it ${/scale/.test(how) ? 'scales' : 'turns'} about its own origin, the corner of the world, so the drawing slides away from where it was drawn (make the Graphics at that point and draw at (0, 0))`, lineOf(c.n), 'a Graphics placed where it draws');
      return;
    }
  }

  // physics.add.existing(paddle, true) and then paddle.x = ...: a static body stays where it was made unless
  // refreshBody() / body.updateFromGameObject() moves it, so things collide with an invisible paddle left behind
  staticBodyMovedByPosition() {
    for (const c of this.calls) {
      const [obj, isStatic] = c.n.arguments;
      const name = obj && memberPath(obj);
      if (c.name !== 'existing' || !/(^|\.)physics\.add$/.test(c.on || '') || !name || !isStatic || !(isStatic.type === 'Literal' && isStatic.value === true)) continue;
      const moved = this.assigns.find((a) => (a.path === name + '.x' || a.path === name + '.y'))
        || this.calls.find((k) => this.chainRoot(k.n) === name && /^(setPosition|setX|setY)$/.test(k.name) && !this.calls.some((r) => r.n === k.n && r.ctx.roles.includes('create')));
      if (!moved) continue;
      const esc = name.replace(/[.$]/g, '\\$&');
      if (new RegExp(`${esc}(\\.body)?\\.(refreshBody|updateFromGameObject|reset|position|x\\s*=|y\\s*=)|${esc}\\.body\\.(x|y|center)|refreshBody\\s*\\(\\s*\\)`).test(this.bare().replace(new RegExp(`${esc}\\.[xy]\\s*=`, 'g'), ''))) continue;
      const line = moved.line || lineOf(moved.n);
      this.add('never_fires', true, `${name} has a static body (line ${lineOf(c.n)}) and is moved by its position (line ${line}): a static body stays where it was made unless ${name}.body.updateFromGameObject() (or refreshBody()) moves it, so things collide with an invisible ${name} left behind (call it after each move, or give it a dynamic immovable body)`, line, 'body.updateFromGameObject()');
      return;
    }
  }

  // this.input.on('pointerdown', (pointer, gameObject) => ...): the scene's input plugin passes the list of objects under
  // the pointer, an array, so using it as one object (indexOf, its fields) never matches ('gameobjectdown' passes one)
  pointerListAsObject() {
    for (const c of this.calls) {
      const [ev, fn] = c.n.arguments;
      if (!['on', 'once'].includes(c.name) || !/(^|\.)input$/.test(c.on || '') || !ev || ev.type !== 'Literal' || !/^pointer(down|up|over|out)$/.test(ev.value) || !fn || !/Function/.test(fn.type)) continue;
      const p = fn.params[1];
      if (!p || p.type !== 'Identifier' || /s$|list|over|arr|hits|targets|objects|under/i.test(p.name)) continue;
      const body = this.code.slice(fn.body.start, fn.body.end);
      const used = new RegExp(`\\.(indexOf|includes|lastIndexOf)\\(\\s*${p.name}\\s*\\)|===\\s*${p.name}\\b|\\b${p.name}\\s*===|\\b${p.name}\\.(?!length\\b|forEach\\b|map\\b|filter\\b|find\\b|some\\b|every\\b|slice\\b|includes\\b|indexOf\\b|reduce\\b|\\d)\\w+`).exec(body);
      if (!used) continue;
      const line = lineOf(fn.body) + body.slice(0, used.index).split('\n').length - 1;
      this.add('wrong_argument', true, `this.input.on('${ev.value}', (${fn.params.map((q) => q.name || '...').join(', ')}) => ...): the scene's input plugin passes the objects under the pointer as an array, so ${p.name} is never one object and '${used[0].trim()}' (line ${line}) never matches (use 'game${ev.value.replace('pointer', 'object')}', whose second argument is the object, or ${p.name}[0])`, line, `'game${ev.value.replace('pointer', 'object')}'`);
      return;
    }
  }

  // walls in a dynamic physics group (physics.add.group(), no immovable) collided with the player: two dynamic bodies
  // push each other, so the player shoves the walls out of the maze (physics.add.staticGroup())
  pushableWalls() {
    for (const [path, value] of this.bindings()) {
      if (value.type !== 'CallExpression' || !/(^|\.)physics\.add\.group$/.test(memberPath(value.callee) || '') || !/(^|\.)(walls?|blocks?|bricks?|maze|obstacles?|barriers?|rocks?|boulders?)$/i.test(path)) continue;
      const esc = path.replace(/[.$]/g, '\\$&');
      if (/immovable|pushable/i.test(this.bare())) continue;
      if (this.calls.some((k) => /^setVelocity/.test(k.name) && (k.on || '').startsWith(path))) continue;
      const collider = this.calls.find((k) => k.name === 'collider' && /(^|\.)physics\.add$/.test(k.on || '') && k.n.arguments.length >= 2 && [memberPath(k.n.arguments[0]), memberPath(k.n.arguments[1])].includes(path)
        && [memberPath(k.n.arguments[0]), memberPath(k.n.arguments[1])].some((q) => q && q !== path));
      if (!collider || !new RegExp(`${esc}\\.(add|create)\\s*\\(`).test(this.code)) continue;
      if (this.gravityYs().some((y) => (this.numberOf(y) || 0) > 0)) continue; // they fall (another check)
      this.add('misplaced', true, `${path} is a dynamic physics group (physics.add.group(), line ${lineOf(value)}) with nothing immovable, and physics.add.collider(...) (line ${lineOf(collider.n)}) makes the two sides push each other: whatever runs into the walls shoves them out of place instead of being stopped (physics.add.staticGroup(), or { immovable: true })`, lineOf(collider.n), 'physics.add.staticGroup()');
      return;
    }
  }

  // if (JustDown(space) && grounded) ... else if (JustDown(space) && jumps > 0): the first call, made every frame,
  // takes the key's just-pressed flag, so the second call is always false (keep JustDown's answer in a variable)
  justDownTwice() {
    const call = (e) => e && e.type === 'CallExpression' && /(^|\.)JustDown$/.test(memberPath(e.callee) || '') && e.arguments[0] ? this.code.slice(e.arguments[0].start, e.arguments[0].end) : null;
    const first = (t) => { let e = t; while (e && e.type === 'LogicalExpression' && e.operator === '&&') e = e.left; return call(e); };
    walk(this.ast, (n) => {
      if (this.justDownTwiceFound || n.type !== 'IfStatement' || !n.alternate || n.alternate.type !== 'IfStatement') return;
      const key = first(n.test);
      if (!key) return;
      let again = null;
      walk(n.alternate.test, (m) => { if (!again && call(m) === key) again = m; });
      if (!again) return;
      this.justDownTwiceFound = true;
      this.add('never_fires', true, `JustDown(${key}) is called again (line ${lineOf(again)}) after the call in the if before it (line ${lineOf(n)}), which runs every frame and takes the key's just-pressed flag: the second call is always false, so its branch never runs (keep the answer: const pressed = JustDown(${key}))`, lineOf(again), 'one JustDown call a frame');
    });
    if (this.justDownTwiceFound) return;
    // the same with two ifs one after the other: the first one's test starts with JustDown(key), so it is asked
    // whenever the second is reached, and takes the flag whatever the rest of its test says
    walk(this.ast, (n) => {
      if (this.justDownTwiceFound || n.type !== 'BlockStatement') return;
      n.body.forEach((st, i) => {
        if (this.justDownTwiceFound || st.type !== 'IfStatement') return;
        const key = first(st.test);
        if (!key) return;
        for (const later of n.body.slice(i + 1)) {
          let again = null;
          walk(later, (m) => { if (!again && call(m) === key) again = m; });
          if (!again) continue;
          this.justDownTwiceFound = true;
          this.add('never_fires', true, `JustDown(${key}) is called again (line ${lineOf(again)}) after the if at line ${lineOf(st)}, whose test asks JustDown(${key}) first on every pass and takes the key's just-pressed flag even when the rest of that test is false: the second call is always false, so what waits for it never runs (keep the answer: const pressed = JustDown(${key}), and test pressed in both)`, lineOf(again), 'one JustDown call a frame');
          return;
        }
      });
    });
  }

  // if (body.blocked.right) enemy.setVelocityX(-body.velocity.x): Arcade has already set the velocity to 0 when the body
  // hit the wall, so the negated velocity is 0 and the patrol stops for good (set the new direction's speed outright)
  negatedAfterBlocked() {
    walk(this.ast, (n) => {
      if (this.negatedFound || n.type !== 'IfStatement' || !/\.(blocked|touching)\.(left|right)\b|onWall\s*\(/.test(this.code.slice(n.test.start, n.test.end))) return;
      const body = this.code.slice(n.consequent.start, n.consequent.end);
      const m = /setVelocityX\s*\(\s*-\s*([\w.]+?)\.velocity\.x\s*\)|([\w.]+?)\.velocity\.x\s*(\*=\s*-\s*1\b|=\s*-\s*\2\.velocity\.x)/.exec(body);
      if (!m || /setBounce|bounce\s*:|bounceX/.test(this.bare())) return;
      this.negatedFound = true;
      const line = lineOf(n.consequent) + body.slice(0, m.index).split('\n').length - 1;
      this.add('never_fires', true, `${m[0]} (line ${line}) turns the body round by negating its velocity once it is blocked, but Arcade set that velocity to 0 when the body hit the wall: -0 is 0, so it stops there for good (set the speed of the new direction: setVelocityX(-SPEED) / setVelocityX(SPEED))`, line, 'a new speed, not the negated one');
    });
  }

  // this.scene.start('RoomB') where the scene is registered as 'roomB': keys are matched exactly, so the start finds no
  // scene (Phaser only warns) and the game goes blank
  sceneKeyCase() {
    const keys = new Set(this.classes.map((k) => sceneKeyOf(k)).filter(Boolean));
    for (const p of this.props) if (p.key === 'key' && p.value.type === 'Literal' && typeof p.value.value === 'string') keys.add(p.value.value);
    if (!keys.size) return;
    const lower = new Map([...keys].map((k) => [k.toLowerCase(), k]));
    for (const c of this.calls) {
      const a = c.n.arguments[0];
      if (!/^(start|launch|run|switch|wake|sleep|stop|bringToTop|get|pause|resume)$/.test(c.name) || !/(^|\.)scene$/.test(c.on || '') || !a || a.type !== 'Literal' || typeof a.value !== 'string') continue;
      if (keys.has(a.value) || !lower.has(a.value.toLowerCase())) continue;
      this.add('never_fires', true, `this.scene.${c.name}('${a.value}') (line ${lineOf(c.n)}): the scene is registered as '${lower.get(a.value.toLowerCase())}', and keys are matched exactly, so no scene is found (Phaser only warns: 'Scene key not found') and nothing runs (write '${lower.get(a.value.toLowerCase())}')`, lineOf(c.n), `'${lower.get(a.value.toLowerCase())}'`);
      return;
    }
  }

  // body.setGravityY(0) to switch gravity off (a ladder) in a world with gravity, where no body gravity was ever set:
  // a body's gravity is added to the world's, so 0 changes nothing (body.setAllowGravity(false))
  gravityZeroedToSwitchOff() {
    if (!this.gravityYs().some((y) => (this.numberOf(y) || 0) > 0) || /allowGravity|setAllowGravity/.test(this.bare())) return;
    const zero = this.calls.find((c) => (c.name === 'setGravityY' || c.name === 'setGravity') && c.n.arguments.length && c.n.arguments.every((a) => this.numberOf(a) === 0));
    if (!zero) return;
    const set = this.calls.some((c) => /^setGravity[XY]?$/.test(c.name) && c.n.arguments.some((a) => this.numberOf(a) !== 0))
      || this.assigns.some((a) => /\.gravity\.[xy]$/.test(a.path) && this.numberOf(a.value) !== 0) || this.props.some((p) => p.key === 'gravityY' && this.numberOf(p.value) !== 0);
    if (set) return;
    this.add('never_fires', true, `${this.code.slice(zero.n.start, zero.n.end).replace(/\s+/g, ' ').slice(0, 50)} (line ${lineOf(zero.n)}) sets the body's own gravity to 0, which it already was: a body's gravity is added to the world's, so the world's gravity still pulls it (body.setAllowGravity(false) switches gravity off)`, lineOf(zero.n), 'body.setAllowGravity(false)');
  }

  // cameras.main.setBounds(0, 0, 800, 600) the size of the view while the code scrolls the camera (setScroll, scrollX,
  // pan): the bounds keep the camera where it is (bounds the size of the world)
  cameraBoundsOneScreen() {
    const view = this.viewSize();
    if (!view) return;
    const main = (c) => /(^|\.)cameras\.main$/.test(c.on || '') || /(^|\.)cameras\.main$/.test(this.chainRoot(c.n) || '') || /^(cam|camera)$/.test(c.on || '');
    // the view's own size read at run time (this.scale.width) counts as that number
    const SCREEN = /^(this\.)?(scale|sys\.scale|game\.config|sys\.game\.config|game\.scale|cameras\.main)\.(width|height)$/;
    const size = (a) => { const v = this.numberOf(a); if (v !== null) return v; const m = SCREEN.exec(memberPath(a) || ''); return m ? (m[3] === 'width' ? view.w : view.h) : null; };
    const bounds = this.calls.find((c) => c.name === 'setBounds' && main(c) && c.n.arguments.length >= 4 && c.n.arguments.every((a, i) => i >= 4 || size(a) !== null)
      && size(c.n.arguments[0]) === 0 && size(c.n.arguments[1]) === 0 && size(c.n.arguments[2]) <= view.w && size(c.n.arguments[3]) <= view.h);
    if (!bounds) return;
    // bounds read off the screen's size: only where the world is bigger than the screen (physics.world.setBounds)
    if (bounds.n.arguments.slice(0, 4).some((a) => this.numberOf(a) === null)) {
      const world = this.calls.find((c) => c.name === 'setBounds' && /(^|\.)physics\.world$/.test(c.on || '') && c.n.arguments.length >= 4
        && ((this.arithmetic(c.n.arguments[2]) || 0) > view.w || (this.arithmetic(c.n.arguments[3]) || 0) > view.h));
      if (!world) return;
    }
    const scrolls = this.calls.find((c) => /^(setScroll|pan|centerOn|startFollow|scrollX|setScrollX)$/.test(c.name) && main(c) && !(c.name === 'setScroll' && c.n.arguments.every((a) => this.numberOf(a) === 0)))
      || this.assigns.find((a) => /(^|\.)(cameras\.main|cam|camera)\.scroll[XY]$/.test(a.path));
    if (!scrolls || this.calls.some((c) => c.name === 'setBounds' && main(c) && c !== bounds)) return;
    const line = scrolls.line || lineOf(scrolls.n);
    this.add('misplaced', true, `the main camera's bounds (setBounds(0, 0, ${size(bounds.n.arguments[2])}, ${size(bounds.n.arguments[3])}), line ${lineOf(bounds.n)}) are the size of the view, and the code scrolls the camera (line ${line}): bounds no bigger than the view keep it at (0, 0), so it never moves (bounds the size of the world)`, line, 'camera bounds the size of the world');
  }

  // now - this.lastGroundedAt <= COYOTE_TIME with COYOTE_TIME = 0.12: time.now counts milliseconds, so a window written
  // in seconds is shorter than a frame and never opens
  secondsAgainstClock() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.clockFound || n.type !== 'BinaryExpression' || !/^(<|<=|>|>=)$/.test(n.operator)) return;
      for (const [diff, limit] of [[n.left, n.right], [n.right, n.left]]) {
        if (diff.type !== 'BinaryExpression' || diff.operator !== '-') continue;
        const text = this.code.slice(diff.start, diff.end);
        const fnText = ctx.fn ? this.code.slice(ctx.fn.start, ctx.fn.end) : '';
        const clock = /\btime\.now\b|\bDate\.now\(\)|performance\.now\(\)/.test(text) || (/^\s*(now|time|t)\b/.test(text) && /\b(now|t)\s*=\s*[\w.]*time\.now|update\s*\(\s*time\b/.test(fnText))
          || (/^\s*time\b/.test(text) && ctx.roles.includes('update'));
        const v = this.numberOf(limit);
        if (!clock || v === null || !(v > 0 && v < 1)) continue;
        this.clockFound = true;
        const lim = this.code.slice(limit.start, limit.end);
        this.add('wrong_argument', true, `${text} ${n.operator} ${lim} (line ${lineOf(n)}): the clock counts milliseconds and ${lim}${lim === String(v) ? '' : ' = ' + v} is seconds, so the window is under a millisecond, shorter than a frame, and never opens (${v * 1000})`, lineOf(n), 'milliseconds');
        return;
      }
    });
  }

  // enemy.setTint(0xffffff) as a hit flash, cleared later with clearTint(): a tint multiplies the texture's colours, so
  // white changes nothing and the flash is never seen (setTintFill(0xffffff) paints it white)
  whiteTintFlash() {
    for (const c of this.calls) {
      if (c.name !== 'setTint' || c.n.arguments.length !== 1 || this.numberOf(c.n.arguments[0]) !== 0xffffff) continue;
      const root = this.chainRoot(c.n) || c.on;
      const cleared = this.calls.some((k) => k.name === 'clearTint' && (this.chainRoot(k.n) || k.on) === root) || /clearTint\s*\(/.test(this.code.slice(c.n.end, c.n.end + 300));
      if (!cleared || this.calls.some((k) => k.name === 'setTint' && (this.chainRoot(k.n) || k.on) === root && this.numberOf(k.n.arguments[0]) !== 0xffffff)) continue;
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end).slice(0, 50)} (line ${lineOf(c.n)}) as a flash: a tint multiplies the texture's colours, so white leaves it as it is (the same as clearTint()) and nothing flashes (setTintFill(0xffffff) paints it white)`, lineOf(c.n), 'setTintFill(0xffffff)');
      return;
    }
  }

  // a gate with a static body "opened" with setVisible(false): a collider looks only at body.enable, so the hidden gate
  // still blocks (disableBody(true, true), body.enable = false, or destroy())
  hiddenButStillSolid() {
    // static bodies: a gate, a door, a wall (a dynamic body hidden at game over is left alone)
    const bodied = new Set();
    const spots = new Map(); // object -> where it was made ('700,230')
    const spot = (call) => (call && call.arguments.length >= 2 ? this.code.slice(call.arguments[0].start, call.arguments[0].end).replace(/\s+/g, '') + ',' + this.code.slice(call.arguments[1].start, call.arguments[1].end).replace(/\s+/g, '') : null);
    for (const c of this.calls) {
      const [obj, isStatic] = c.n.arguments;
      if (c.name === 'existing' && /(^|\.)physics\.add$/.test(c.on || '') && memberPath(obj) && isStatic && isStatic.type === 'Literal' && isStatic.value === true) bodied.add(memberPath(obj));
    }
    for (const [path, value] of this.bindings()) {
      const made = this.creation(value).made;
      if (/(^|\.)physics\.add\.(staticImage|staticSprite)$/.test(memberPath((made || {}).callee) || '')) { bodied.add(path); spots.set(path, spot(made)); }
    }
    // an invisible body on purpose: made where the program draws a shape of its own (a backboard's collider)
    const drawnAt = new Set(this.calls.filter((c) => /(^|\.)add$/.test(c.on || '') && /^(rectangle|image|sprite|ellipse|circle|tileSprite)$/.test(c.name)).map((c) => spot(c.n)));
    for (const c of this.calls) {
      if (c.name !== 'setVisible' || !c.n.arguments[0] || !(c.n.arguments[0].type === 'Literal' && c.n.arguments[0].value === false)) continue;
      const x = this.chainRoot(c.n) || c.on;
      if (!x || !bodied.has(x) || (spots.get(x) && drawnAt.has(spots.get(x)))) continue;
      // or a shape drawn a little apart (a ground line drawn at y 352 over a collider at 362)
      const xy = (t) => (t && /^-?[\d.]+,-?[\d.]+$/.test(t) ? t.split(',').map(Number) : null);
      const here = xy(spots.get(x));
      if (here && [...drawnAt].some((t) => { const d = xy(t); return d && Math.abs(d[0] - here[0]) <= 40 && Math.abs(d[1] - here[1]) <= 40; })) continue;
      const collider = this.calls.find((k) => k.name === 'collider' && /(^|\.)physics\.add$/.test(k.on || '') && k.n.arguments.slice(0, 2).some((a) => memberPath(a) === x));
      if (!collider) continue;
      const esc = x.replace(/[.$]/g, '\\$&');
      if (new RegExp(`${esc}(\\.body)?\\.(disableBody|destroy|enable|setEnable|checkCollision|setVisible\\s*\\(\\s*true)|disable\\s*\\(\\s*${esc}\\b|\\.remove\\s*\\(\\s*${esc}\\b`).test(this.bare())
        || /removeCollider|[cC]ollider\w*\.(active|destroy)/.test(this.bare()) || /\.active\s*=\s*false|processCallback|=>\s*\w+\.(active|visible)\b/.test(this.code.slice(collider.n.start, collider.n.end))) continue;
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end).replace(/\s+/g, ' ').slice(0, 60)} (line ${lineOf(c.n)}) hides ${x}, but its body stays on and physics.add.collider(...) (line ${lineOf(collider.n)}) looks only at the body: the invisible ${x} still blocks (${x}.disableBody(true, true), ${x}.body.enable = false, or ${x}.destroy())`, lineOf(c.n), `${x}.disableBody(true, true)`);
      return;
    }
  }

  // obj.data.hp after obj.setData('hp', 3): data is the DataManager, and its own field hp is not the value (getData)
  dataFieldForKey() {
    const keys = new Set();
    for (const c of this.calls) {
      const a = c.n.arguments[0];
      if (['setData', 'incData', 'toggleData'].includes(c.name) && a && a.type === 'Literal' && typeof a.value === 'string') keys.add(a.value);
      if (c.name === 'setData' && a && a.type === 'ObjectExpression') for (const p of a.properties) if (p.type === 'Property' && p.key) keys.add(p.key.name || String(p.key.value));
    }
    const OWN = new Set(['values', 'list', 'events', 'parent', 'count', 'freeze', 'get', 'set', 'has', 'each', 'merge', 'remove', 'pop', 'reset', 'destroy', 'inc', 'toggle', 'query', 'getAll', 'setValue', 'setFreeze']);
    walk(this.ast, (n) => {
      if (this.dataFieldFound || n.type !== 'MemberExpression' || n.computed || !keys.has(n.property.name) || OWN.has(n.property.name)) return;
      const o = n.object;
      if (o.type !== 'MemberExpression' || o.computed || o.property.name !== 'data' || /(^|\.)(scene|sys|this)$/.test(memberPath(o.object) || '') && memberPath(o.object) === 'this') return;
      this.dataFieldFound = true;
      const owner = memberPath(o.object) || 'obj';
      this.add('never_fires', true, `${owner}.data.${n.property.name} (line ${lineOf(n)}) reads a field of the DataManager, not the value set with setData('${n.property.name}'): it is undefined (${owner}.getData('${n.property.name}'), or ${owner}.data.values.${n.property.name})`, lineOf(n), `${owner}.getData('${n.property.name}')`);
    });
  }

  // a class of a built-in game object whose own preUpdate() never calls super.preUpdate(): a Sprite's animations and a
  // PathFollower's walk along its path happen there, so they stop (only where the program plays animations / follows)
  preUpdateWithoutSuper() {
    for (const cls of this.classes) {
      const base = memberPath(cls.superClass) || '';
      const follower = /(^|\.)PathFollower$/.test(base);
      const sprite = /^Phaser\.(GameObjects|Physics\.Arcade|Physics\.Matter)\.Sprite$/.test(base);
      if (!follower && !sprite) continue;
      if (follower ? !/\.startFollow\s*\(/.test(this.code) : !/\.play\s*\(|\.playReverse\s*\(|anims\.create\s*\(/.test(this.code)) continue;
      const m = cls.body.body.find((d) => d.type === 'MethodDefinition' && !d.static && d.key && d.key.name === 'preUpdate');
      if (!m || /\bsuper\s*\.\s*preUpdate\b/.test(this.code.slice(m.start, m.end))) continue;
      const what = follower ? "moves the follower along its path (startFollow)" : "advances the sprite's animation";
      this.add('never_fires', true, `${cls.id ? cls.id.name : 'a class'}.preUpdate() (line ${lineOf(m)}) replaces ${base.split('.').pop()}.preUpdate() without calling super.preUpdate(time, delta): that is where Phaser ${what}, so it stands still`, lineOf(m), 'super.preUpdate(time, delta)');
      return;
    }
  }

  // text.substring(0, timer.getRepeatCount() + 1): a TimerEvent's repeat count counts down (the repeats left), so a
  // typewriter that shows that many characters shows fewer each tick
  repeatCountAsLength() {
    const countsDown = (n, depth = 0) => {
      if (!n || depth > 3) return false;
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.property.name === 'getRepeatCount') return true;
      if (n.type === 'MemberExpression' && !n.computed && n.property.name === 'repeatCount') return true;
      if (n.type === 'BinaryExpression' && n.operator === '+') return countsDown(n.left, depth + 1) || countsDown(n.right, depth + 1);
      if (n.type === 'BinaryExpression' && n.operator === '-') return countsDown(n.left, depth + 1);
      if (n.type === 'Identifier') { const d = this.decls.get(n.name); return !!d && d.length === 1 && !this.writes.get(n.name) && countsDown(d[0].init, depth + 1); }
      return false;
    };
    for (const c of this.calls) {
      if (!['substring', 'slice', 'substr'].includes(c.name) || c.n.arguments.length !== 2) continue;
      const [from, to] = c.n.arguments;
      if (!(from.type === 'Literal' && from.value === 0) || !countsDown(to)) continue;
      this.add('wrong_argument', true, `${c.on || ''}.${c.name}(0, ...) (line ${lineOf(c.n)}) takes as many characters as the timer's repeat count, but getRepeatCount() counts down (the repeats left): the text shows fewer characters each tick (use text.length - timer.getRepeatCount())`, lineOf(c.n), 'full.length - timer.getRepeatCount()');
      return;
    }
  }

  // timers that fire once, with the delay the source fixes: time.delayedCall(ms, cb), time.addEvent({delay}) with no
  // loop/repeat, setTimeout(cb, ms), made where the scene starts (create/init, not in a callback) and whose callback
  // schedules nothing again. L4 compares them with the task text ("every 1.5 s"): the one the task names fires once.
  oneShotTimers() {
    const num = (n) => this.numberOf(n);
    const SCHEDULES = /\b(delayedCall|addEvent|setTimeout|setInterval|timeline|createTimeline)\s*\(|\.reset\s*\(|\bloop\s*:|\brepeat\s*:/;
    let methods = null; // method or function name -> its text (all of that name), made on the first named callback
    const callbackText = (cb) => {
      if (!cb) return null;
      if (/Function/.test(cb.type)) return this.code.slice(cb.start, cb.end);
      const path = memberPath(cb);
      const name = path ? path.split('.').pop() : null;
      if (!methods) {
        methods = new Map();
        walk(this.ast, (n, parent, key) => {
          if (!/Function/.test(n.type)) return;
          const named = roleOf(n, parent, key) || (parent && parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : null);
          if (named) methods.set(named, (methods.get(named) || '') + this.code.slice(n.start, n.end));
        });
      }
      return name && methods.has(name) ? methods.get(name) : null;
    };
    const timers = [];
    for (const c of this.calls.concat(this.bareTimerCalls || [])) {
      const roles = c.ctx.roles;
      if (roles.length === 0 || c.ctx.handedTo.some(Boolean) || !['create', 'init', 'constructor'].includes(roles[roles.length - 1])) continue;
      const args = c.n.arguments;
      let delay = null;
      let cb = null;
      if (c.name === 'delayedCall' && /(^|\.)time$/.test(c.on || '')) { delay = num(args[0]); cb = args[1]; }
      else if (c.name === 'addEvent' && /(^|\.)time$/.test(c.on || '') && args[0] && args[0].type === 'ObjectExpression') {
        const o = args[0];
        if (o.properties.some((p) => p.type !== 'Property' || p.computed)) continue;
        const prop = (k) => { const p = o.properties.find((q) => (q.key.name || q.key.value) === k); return p ? p.value : undefined; };
        const loop = prop('loop');
        const repeat = prop('repeat');
        if (loop !== undefined && !(loop.type === 'Literal' && loop.value === false)) continue;
        if (repeat !== undefined && !(repeat.type === 'Literal' && repeat.value === 0)) continue;
        delay = num(prop('delay'));
        cb = prop('callback');
      } else if (c.name === 'setTimeout') { delay = num(args[1]); cb = args[0]; }
      else continue;
      const text = callbackText(cb);
      if (delay === null || !(delay > 0) || text === null || SCHEDULES.test(text)) continue;
      // the same number elsewhere (a looping timer of that delay, a cooldown in update()) may be the repeating part
      const own = new Set();
      const names = [];
      const mark = (n, depth = 0) => {
        if (!n || depth > 3) return;
        if (n.type === 'Literal') own.add(n.start);
        else if (n.type === 'BinaryExpression') { mark(n.left, depth + 1); mark(n.right, depth + 1); } else if (n.type === 'Identifier' && this.decls.has(n.name)) { names.push(n.name); mark(this.decls.get(n.name)[0].init, depth + 1); }
      };
      mark(c.name === 'setTimeout' ? args[1] : c.name === 'delayedCall' ? args[0] : args[0].properties.find((q) => (q.key.name || q.key.value) === 'delay').value);
      const elsewhere = (this.numbers.get(delay) || []).some((at) => !own.has(at));
      if (elsewhere || names.some((name) => (this.code.match(new RegExp(`\\b${name}\\b`, 'g')) || []).length > 2)) continue;
      timers.push({ line: lineOf(c.n), delay_ms: delay, call: c.name });
    }
    return timers;
  }

  // this.scene.sleep() (or switch()) and later this.scene.resume('Field'): resume() only undoes pause(); a sleeping
  // scene stays asleep (not updated, not drawn) until wake() or run()
  sleptThenResumed() {
    const slept = new Map(); // key -> line
    const woken = new Set();
    const resumed = [];
    const keyArg = (c) => { const a = c.n.arguments[0]; return a && a.type === 'Literal' && typeof a.value === 'string' ? a.value : null; };
    for (const c of this.calls) {
      if (!/\.scene$/.test(c.on || '') && c.on !== 'scene') continue;
      const key = keyArg(c) || (c.n.arguments.length === 0 && c.ctx.cls ? sceneKeyOf(c.ctx.cls) : null);
      if (c.name === 'sleep' && key) slept.set(key, lineOf(c.n));
      // (a scene not written as a class putting itself to sleep: its key is not read here)
      if (c.name === 'sleep' && !key && !c.n.arguments.length) slept.set('?', lineOf(c.n));
      if (c.name === 'switch' && c.ctx.cls) { const own = sceneKeyOf(c.ctx.cls); if (own) slept.set(own, lineOf(c.n)); if (key) woken.add(key); }
      if (['wake', 'run', 'start', 'launch', 'restart', 'stop', 'remove'].includes(c.name)) { if (key) woken.add(key); else if (c.n.arguments.length) woken.add('*'); }
      if (c.name === 'resume' && keyArg(c)) resumed.push({ key: keyArg(c), line: lineOf(c.n) });
    }
    if (woken.has('*')) return;
    const pauses = this.calls.some((c) => c.name === 'pause' && /(^|\.)scene$/.test(c.on || ''));
    for (const r of resumed) {
      const line = slept.get(r.key) || (!pauses ? slept.get('?') : undefined);
      if (line === undefined || woken.has(r.key)) continue;
      this.add('never_fires', true, `this.scene.resume('${r.key}') (line ${r.line}) on a scene put to sleep (line ${line}): resume() undoes pause() only, so '${r.key}' stays asleep, neither updated nor drawn (use this.scene.wake('${r.key}'))`, r.line, `this.scene.wake('${r.key}')`);
      return;
    }
  }

  // b.rotation = Math.atan2(b.vx, b.vy): atan2 takes (y, x). With the two swapped the angle is mirrored about the
  // diagonal, which no turn of the picture makes right (atan2(vx, -vy), from straight up, is a turn and passes)
  atan2Mirrored() {
    const axisOf = (n) => {
      const names = [];
      walk(n, (m) => { if (m.type === 'Identifier') names.push(m.name); });
      const axes = new Set(names.map((x) => (/^[a-z]{0,2}x$|[a-z]X$|^x\d?$/.test(x) ? 'x' : /^[a-z]{0,2}y$|[a-z]Y$|^y\d?$/.test(x) ? 'y' : null)).filter(Boolean));
      return axes.size === 1 ? [...axes][0] : null;
    };
    const negated = (n) => n.type === 'UnaryExpression' && n.operator === '-';
    const mirrored = (n) => n && n.type === 'CallExpression' && memberPath(n.callee) === 'Math.atan2' && n.arguments.length === 2
      && !n.arguments.some(negated) && !(n.arguments[0].type === 'BinaryExpression' && n.arguments[0].operator === '*')
      && axisOf(n.arguments[0]) === 'x' && axisOf(n.arguments[1]) === 'y';
    const throughDeg = (n) => (n && n.type === 'CallExpression' && /RadToDeg$/.test(memberPath(n.callee) || '') ? n.arguments[0] : n);
    const sources = new Set();
    walk(this.ast, (n) => { if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && mirrored(throughDeg(n.init)) && (this.decls.get(n.id.name) || []).length === 1 && !this.writes.get(n.id.name)) sources.add(n.id.name); });
    const isMirrored = (n) => { const v = throughDeg(n); return mirrored(v) || (v && v.type === 'Identifier' && sources.has(v.name)); };
    let at = this.assigns.find((a) => /^(rotation|angle)$/.test(a.prop) && a.op === '=' && isMirrored(a.value));
    let text = at ? `${at.path} = ${this.code.slice(at.value.start, at.value.end)}` : null;
    let line = at ? at.line : null;
    if (!at) {
      const c = this.calls.find((k) => /^set(Rotation|Angle)$/.test(k.name) && isMirrored(k.n.arguments[0]));
      if (!c) return;
      text = this.code.slice(c.n.start, c.n.end); line = lineOf(c.n);
    }
    this.add('wrong_argument', true, `${text} (line ${line}) turns the object by Math.atan2(x, y): atan2 takes (y, x), and with them swapped the angle is mirrored about the diagonal, so the object faces the wrong way for every direction but one (Math.atan2(vy, vx))`, line, 'Math.atan2(y, x)');
  }

  // collisionstart: if (pair.bodyA.label === 'block' && pair.bodyB.label === 'ground'): Matter orders a pair by body id
  // (the body made first is bodyA), not by the program's names, so a test of one order misses every pair that comes
  // the other way
  matterPairOneOrder() {
    const labelTest = (n) => {
      if (!n || n.type !== 'BinaryExpression' || !['===', '=='].includes(n.operator)) return null;
      const path = memberPath(n.left) || '';
      const m = /(^|\.)(body[AB])\.label$/.exec(path);
      const v = literalValue(n.right);
      return m && v.ok && typeof v.value === 'string' ? { body: m[2], label: v.value } : null;
    };
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.pairOrderFound || n.type !== 'LogicalExpression' || n.operator !== '&&') return;
      const a = labelTest(n.left); const b = labelTest(n.right);
      if (!a || !b || a.body === b.body || a.label === b.label) return;
      // the other order tested anywhere in the same handler, or the labels gathered in a list
      const fnText = ctx.fn ? this.code.slice(ctx.fn.start, ctx.fn.end) : this.code;
      const swapped = new RegExp(`${a.body === 'bodyA' ? 'bodyB' : 'bodyA'}\\.label\\s*===?\\s*['"]${a.label.replace(/[^\w]/g, '\\$&')}['"]`);
      if (swapped.test(fnText) || /\[\s*[\w.]*body[AB]\.label\s*,/.test(fnText) || /\.sort\s*\(/.test(fnText)) return;
      this.pairOrderFound = true;
      const text = this.code.slice(n.start, n.end);
      this.add('never_fires', true, `${text} (line ${lineOf(n)}) tests one order of the pair only: Matter puts the body made first (the lower id) in bodyA, not the '${a.label}' one, so pairs that come the other way are never handled (test both orders, or [bodyA.label, bodyB.label].includes(...))`, lineOf(n), 'both orders of the pair');
    });
  }

  // localStorage.setItem(KEY, best); const prev = Number(localStorage.getItem(KEY)); score > prev: the value read back
  // is the one just written, so the comparison says nothing about the earlier record
  storedThenReadBack() {
    const keyText = (c) => (c.n.arguments[0] ? this.code.slice(c.n.arguments[0].start, c.n.arguments[0].end) : null);
    const stores = this.calls.filter((c) => c.name === 'setItem' && /localStorage/.test(c.on || ''));
    for (const set of stores) {
      const read = this.calls.find((c) => c.name === 'getItem' && /localStorage/.test(c.on || '') && c.ctx.fn === set.ctx.fn && c.n.start > set.n.end && keyText(c) === keyText(set));
      if (!read) continue;
      // both straight in one block of the same function (not two branches), and the value read used in a comparison
      const blockOf = (c) => { let found = null; const body = set.ctx.fn ? set.ctx.fn.body : this.ast;
        const visit = (block) => { for (const st of block.body || []) if (st.start <= c.n.start && c.n.end <= st.end) found = { block, st }; };
        visit(body); return found; };
      const a = blockOf(set); const b = blockOf(read);
      if (!a || !b || a.block !== b.block || a.st === b.st) continue;
      const st = b.st;
      const decl = st.type === 'VariableDeclaration' && st.declarations.length === 1 && st.declarations[0].id.type === 'Identifier' ? st.declarations[0].id.name : null;
      const after = this.code.slice(st.end, (set.ctx.fn || this.ast).end);
      const compared = decl && new RegExp(`[<>]=?\\s*${decl}\\b|\\b${decl}\\s*[<>]=?[^=>]`).test(after);
      if (!compared) continue;
      const line = lineOf(read.n);
      this.add('wrong_argument', true, `localStorage.getItem(${keyText(read)}) (line ${line}) reads back the value written by setItem on line ${lineOf(set.n)} just before it, so ${decl} is the new value and the comparison with it never finds a new record (read the old value before writing)`, line, 'read before writing');
      return;
    }
  }

  // this.player.body.gravity.y *= -1 to flip gravity when the pull comes from the world's gravity: the body's own
  // gravity is 0 (it is added to the world's), so the flip changes nothing
  bodyGravityFlippedFromZero() {
    const flips = this.assigns.filter((a) => /\.body\.gravity\.y$/.test(a.path) && ((a.op === '*=' && /^-\s*1$/.test(this.code.slice(a.value.start, a.value.end).trim()))
      || (a.op === '=' && a.value.type === 'UnaryExpression' && a.value.operator === '-' && memberPath(a.value.argument) === a.path)));
    if (!flips.length) return;
    const bare = this.bare();
    // the body given a pull of its own anywhere: setGravity/setGravityY with a value, gravity.y = a value not itself
    if (/setGravity(Y)?\s*\(\s*[^)\s]/.test(bare) || /\.gravity\.set\s*\(/.test(bare)) return;
    if (this.assigns.some((a) => /(^|\.)gravity(\.y)?$/.test(a.path) && !/world\.gravity/.test(a.path) && !flips.includes(a) && !(literalValue(a.value).ok && literalValue(a.value).value === 0))) return;
    if (/gravityY\s*:\s*[^0\s]/.test(bare)) return;
    const f = flips[0];
    this.add('never_fires', true, `${f.path} ${f.op} ${this.code.slice(f.value.start, f.value.end)} (line ${f.line}) flips the body's own gravity, which is 0 (it is added to the world's and the program never gives it one): the flip changes nothing and the world still pulls down (flip this.physics.world.gravity.y, or give the body its own gravity with world gravity 0)`, f.line, 'this.physics.world.gravity.y *= -1');
  }

  // hud.setText('Rabbits: ' + this.rabbits.getLength()) where eaten rabbits are killAndHide()d: the count shown
  // includes the dead ones and never goes down (countActive(true))
  lengthShownOfKilled() {
    const killed = new Set(this.calls.filter((c) => c.name === 'killAndHide' && c.on).map((c) => c.on));
    if (!killed.size) return;
    for (const c of this.calls) {
      if (c.name !== 'getLength' || !killed.has(c.on)) continue;
      if (this.calls.some((k) => k.on === c.on && ['remove', 'clear'].includes(k.name)) || this.calls.some((k) => k.name === 'destroy' && !/graphics|gfx|^g$/i.test(k.on || '') && !k.ctx.roles.includes('preload'))) return;
      // shown in a text the program sets, not labelled as the pool's size
      let shown = null;
      walk(this.ast, (n) => { if (!shown && n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && n.callee.property.name === 'setText' && n.start <= c.n.start && c.n.end <= n.end) shown = n; });
      if (!shown) continue;
      const text = this.code.slice(shown.start, shown.end);
      if (/pool|池|capacity|容量|total|总|created|max/i.test(text)) continue;
      this.add('wrong_argument', true, `${text.length > 90 ? text.slice(0, 90) + '…' : text} (line ${lineOf(c.n)}) shows ${c.on}.getLength(), which counts every member, also the ones killAndHide()d (line ${lineOf(this.calls.find((k) => k.name === 'killAndHide' && k.on === c.on).n)}) that stay in the group: the number shown never goes down (${c.on}.countActive(true))`, lineOf(c.n), `${c.on}.countActive(true)`);
      return;
    }
  }

  // this.physics.pause() to wait for a click, and the click calls this.scene.resume(): no scene was ever paused, so
  // resume() does nothing and the world stays still (this.physics.resume())
  sceneResumedForPhysics() {
    const bare = this.bare();
    if (!/physics(\.world)?\.pause\s*\(/.test(bare) || /physics(\.world)?\.resume\s*\(/.test(bare) || /scene\.(pause|sleep|switch)\s*\(/.test(bare) || /\.isPaused\s*=\s*false/.test(bare)) return;
    const c = this.calls.find((k) => k.name === 'resume' && /(^|\.)scene$/.test(k.on || '') && (!k.n.arguments.length || (k.ctx.cls && literalValue(k.n.arguments[0]).value === sceneKeyOf(k.ctx.cls))));
    if (!c) return;
    const at = this.calls.find((k) => k.name === 'pause' && /physics(\.world)?$/.test(k.on || ''));
    this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) resumes a scene that was never paused: the physics world paused on line ${at ? lineOf(at.n) : '?'} stays paused, so nothing moves (this.physics.resume())`, lineOf(c.n), 'this.physics.resume()');
  }

  // physics.world.setBounds(A.x, A.y, A.x + A.w, A.y + A.h): setBounds takes a width and a height, not the right and
  // bottom edges, so the walls stand A.x and A.y further out than the arena drawn
  boundsGivenEdges() {
    for (const c of this.calls) {
      if (c.name !== 'setBounds' || c.n.arguments.length < 4) continue;
      const [x, y, w, h] = c.n.arguments;
      const text = (n) => this.code.slice(n.start, n.end).replace(/\s+/g, '');
      const edge = (size, start) => size.type === 'BinaryExpression' && size.operator === '+' && text(size.left) === text(start) && this.numberOf(start) !== 0;
      if (!edge(w, x) && !edge(h, y)) continue;
      const which = edge(w, x) ? [w, x, 'width', 'right'] : [h, y, 'height', 'bottom'];
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) gives ${text(which[0])}, the ${which[3]} edge, where setBounds takes the ${which[2]}: the bounds reach ${text(which[1])} past the ${which[3]} edge meant, so things go beyond it (${text(which[0]).replace(text(which[1]) + '+', '')})`, lineOf(c.n), `the ${which[2]}`);
      return;
    }
  }

  // new Phaser.Geom.Rectangle(x1, y1, x2, y2) for a box dragged between two corners: the rectangle takes a width and a
  // height, so the far corner given there makes a box x1 wider and y1 taller than the one drawn (Rectangle.FromXY)
  rectangleGivenCorners() {
    const SIZE = /size|width|height|len|span|extent|dist|^w$|^h$|^d[xy]$/i;
    const axis = (n) => {
      const name = n && (n.type === 'Identifier' ? n.name : n.type === 'MemberExpression' && !n.computed ? n.property.name : null);
      if (!name || SIZE.test(name)) return null;
      return /^(x\d|[a-z]+X\d?|left|right)$/.test(name) ? 'x' : /^(y\d|[a-z]+Y\d?|top|bottom)$/.test(name) ? 'y' : /^(x|y)$/.test(name) ? name : null;
    };
    const news = [];
    walk(this.ast, (n) => { if (n.type === 'NewExpression') news.push(n); });
    for (const n of news) {
      if (!/(^|\.)Geom\.Rectangle$/.test(memberPath(n.callee) || '') || n.arguments.length !== 4) continue;
      const [x, y, w, h] = n.arguments;
      if (axis(x) !== 'x' || axis(y) !== 'y' || axis(w) !== 'x' || axis(h) !== 'y' || this.numberOf(x) === 0) continue;
      // both corners of the same kind: x1 and x2, minX and maxX, start.x and pointer.x
      const text = this.code.slice(n.start, n.end);
      this.add('wrong_argument', true, `${text} (line ${lineOf(n)}) gives the far corner (${this.code.slice(w.start, w.end)}, ${this.code.slice(h.start, h.end)}) where the rectangle takes its width and height: it reaches ${this.code.slice(x.start, x.end)} further right and ${this.code.slice(y.start, y.end)} further down than the box meant (Phaser.Geom.Rectangle.FromXY(x1, y1, x2, y2), or the width x2 - x1)`, lineOf(n), 'width and height');
      return;
    }
  }

  // const angle = Angle.Between(target.x, target.y, tower.x, tower.y); a shell made at the tower and sent along
  // angle: the angle points from the target to the tower, so the shell flies away from what it was aimed at
  shotAwayFromTarget() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.shotAwayFound || n.type !== 'VariableDeclarator' || n.id.type !== 'Identifier' || !n.init || n.init.type !== 'CallExpression') return;
      if (!/(^|\.)Angle\.Between$/.test(memberPath(n.init.callee) || '') || n.init.arguments.length !== 4) return;
      const [ax, ay, bx, by] = n.init.arguments.map((a) => memberPath(a) || '');
      const t = /^(.+)\.x$/.exec(ax); const t2 = /^(.+)\.y$/.exec(ay); const s1 = /^(.+)\.x$/.exec(bx); const s2 = /^(.+)\.y$/.exec(by);
      if (!t || !t2 || !s1 || !s2 || t[1] !== t2[1] || s1[1] !== s2[1] || t[1] === s1[1]) return;
      const target = t[1]; const shooter = s1[1];
      if (!/target|enemy|foe|closest|nearest|victim|prey|player|mouse|pointer|aim/i.test(target)) return;
      const scope = this.code.slice(n.end, ctx.fn ? ctx.fn.end : this.code.length);
      const esc = (x) => x.replace(/[.$]/g, (ch) => '\\' + ch);
      const a = esc(n.id.name);
      // turned round afterwards (angle + Math.PI) or written again: not this
      if (new RegExp(`${a}\\s*[-+]\\s*Math\\.PI|Math\\.PI\\s*[-+]\\s*${a}|\\b${a}\\s*[-+]?=[^=]`).test(scope)) return;
      // a shot made at the shooter's place and sent along the angle
      const made = new RegExp(`\\.(create|get|image|sprite|circle|rectangle|fire|spawn\\w*)\\s*\\(\\s*${esc(shooter)}\\.x\\s*,\\s*${esc(shooter)}\\.y`).test(scope);
      const sent = new RegExp(`velocityFromRotation\\s*\\(\\s*${a}\\s*,|setVelocity\\s*\\(\\s*Math\\.cos\\s*\\(\\s*${a}\\s*\\)|\\.setToPolar\\s*\\(\\s*${a}\\s*[,)]`).test(scope);
      if (!made || !sent) return;
      this.shotAwayFound = true;
      this.add('wrong_argument', true, `Angle.Between(${target}.x, ${target}.y, ${shooter}.x, ${shooter}.y) (line ${lineOf(n)}) is the angle from ${target} to ${shooter}, and the shot made at ${shooter} is sent along it: away from ${target}, so it never hits (Angle.Between(${shooter}.x, ${shooter}.y, ${target}.x, ${target}.y))`, lineOf(n), `Angle.Between(${shooter}.x, ${shooter}.y, ${target}.x, ${target}.y)`);
    });
  }

  // this.physics.overlapCirc(x, y, r) gives Arcade bodies, not game objects: target.hp -= 1 on one changes a field
  // of the body, and the enemy's own hp never goes down (target.gameObject)
  overlapBodiesAsObjects() {
    const BODY = new Set(['x', 'y', 'position', 'velocity', 'enable', 'gameObject', 'center', 'width', 'height', 'halfWidth', 'halfHeight', 'left', 'right', 'top', 'bottom', 'speed', 'angle', 'rotation', 'immovable', 'moves', 'mass', 'touching', 'blocked', 'embedded', 'prev', 'acceleration', 'bounce', 'drag', 'friction', 'gravity', 'allowGravity', 'onFloor', 'isCircle', 'radius', 'destroy', 'stop', 'reset', 'setVelocity', 'setEnable', 'checkCollision', 'physicsType', 'customSeparateX', 'customSeparateY', 'debugBodyColor', 'sourceWidth', 'sourceHeight', 'offset', 'wasTouching', 'deltaX', 'deltaY', 'updateFromGameObject', 'setSize', 'setOffset', 'hitTest']);
    // fields the program gives its game objects elsewhere (enemy.hp = 3)
    const own = new Set(this.assigns.filter((a) => !a.path.startsWith('this.') && a.path.split('.').length === 2).map((a) => a.prop).filter((p) => !BODY.has(p)));
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.overlapBodiesFound || n.type !== 'CallExpression' || !/^overlap(Circ|Rect)$/.test(n.callee.type === 'MemberExpression' ? n.callee.property.name : '')) return;
      // the name an element is held by: const t = found[0], found.forEach((t) => ...), for (const t of found)
      const fnText = this.code.slice(n.end, ctx.fn ? ctx.fn.end : this.code.length);
      const names = new Set();
      let list = parent && parent.type === 'VariableDeclarator' ? parent.id.name : null;
      if (!list && parent && parent.type === 'MemberExpression' && parent.object === n) {
        const up = this.code.slice(n.end, n.end + 120);
        const m = /^\s*\.\s*filter\s*\([^)]*\)\s*[;\n]/.exec(up);
        if (m) { let decl = null; walk(ctx.fn || this.ast, (d) => { if (!decl && d.type === 'VariableDeclarator' && d.init && d.init.start <= n.start && n.end <= d.init.end) decl = d; }); list = decl && decl.id.type === 'Identifier' ? decl.id.name : null; }
        const each = /^\s*\.\s*(forEach|filter|some|find)\s*\(\s*\(?\s*(\w+)/.exec(up);
        if (each) names.add(each[2]);
      }
      if (list) {
        for (const m of fnText.matchAll(new RegExp(`(?:const|let|var)\\s+(\\w+)\\s*=\\s*${list}\\s*\\[[^\\]]*\\]\\s*[;\\n]`, 'g'))) names.add(m[1]);
        for (const m of fnText.matchAll(new RegExp(`(?:const|let|var)\\s+(\\w+)\\s+of\\s+${list}\\b`, 'g'))) names.add(m[1]);
        for (const m of fnText.matchAll(new RegExp(`${list}\\s*\\.\\s*forEach\\s*\\(\\s*\\(?\\s*(\\w+)`, 'g'))) names.add(m[1]);
      }
      for (const name of names) {
        if (new RegExp(`\\b${name}\\s*=\\s*${name}\\.gameObject\\b`).test(fnText)) continue;
        const use = [...fnText.matchAll(new RegExp(`(?<![\\w.])${name}\\.(\\w+)`, 'g'))].find((m) => own.has(m[1]) && !BODY.has(m[1]));
        if (!use) continue;
        this.overlapBodiesFound = true;
        const line = lineOf(n) + fnText.slice(0, use.index).split('\n').length - 1;
        this.add('wrong_argument', true, `${name}.${use[1]} (line ${line}): ${name} comes from ${this.code.slice(n.callee.start, n.callee.end)}(), which gives Arcade bodies, not game objects, so the game object's own ${use[1]} is never read or changed (${name}.gameObject.${use[1]})`, line, `${name}.gameObject.${use[1]}`);
        return;
      }
    });
  }

  // this.groups[n] = this.selected (kept by reference) and this.selected.length = 0 when the selection changes: the
  // saved group is the same array and is emptied with it (this.selected.slice())
  savedListEmptied() {
    const emptied = new Map();
    walk(this.ast, (n) => {
      if (n.type === 'AssignmentExpression' && n.operator === '=' && n.left.type === 'MemberExpression' && !n.left.computed && n.left.property.name === 'length' && literalValue(n.right).value === 0) {
        const p = memberPath(n.left.object); if (p && p.startsWith('this.')) emptied.set(p, lineOf(n));
      }
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && n.callee.property.name === 'splice' && literalValue(n.arguments[0]).value === 0 && n.arguments.length === 1) {
        const p = memberPath(n.callee.object); if (p && p.startsWith('this.')) emptied.set(p, lineOf(n));
      }
    });
    if (!emptied.size) return;
    walk(this.ast, (n) => {
      if (this.savedListFound || n.type !== 'AssignmentExpression' || n.operator !== '=' || n.left.type !== 'MemberExpression') return;
      // (Shuffle shuffles in place and gives back the array it was given)
      const shuffled = n.right.type === 'CallExpression' && /(^|\.)(Array|Actions)\.Shuffle$/.test(memberPath(n.right.callee) || '') ? n.right.arguments[0] : null;
      const field = memberPath(shuffled || n.right);
      if (!field || !emptied.has(field) || memberPath(n.left) === field) return;
      // kept under a key (groups[n]) or in another field
      if (!(n.left.computed || (memberPath(n.left) || '').startsWith('this.'))) return;
      this.savedListFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) keeps ${field} itself, not a copy${shuffled ? ' (Shuffle shuffles the array in place and returns it)' : ''}, and ${field} is emptied in place (line ${emptied.get(field)}): what was kept is emptied with it (${field}.slice())`, lineOf(n), `${field}.slice()`);
    });
  }

  // MAP[row][col] in one place and MAP[col][row] in another: one of them reads the grid transposed
  gridIndexSwapped() {
    const ROW = /^([a-z]?r\d?|row\d?|rowIndex|ri|gy|ty|cellY|tileY|gridY)$/; const COL = /^([a-z]?c\d?|col\d?|column|colIndex|ci|gx|tx|cellX|tileX|gridX)$/;
    const kind = (n) => { const name = n && n.type === 'Identifier' ? n.name : null; return !name ? null : ROW.test(name) ? 'row' : COL.test(name) ? 'col' : null; };
    const seen = new Map(); // array -> {order -> node}
    walk(this.ast, (n) => {
      if (n.type !== 'MemberExpression' || !n.computed || n.object.type !== 'MemberExpression' || !n.object.computed) return;
      const arr = memberPath(n.object.object);
      const a = kind(n.object.property); const b = kind(n.property);
      if (!arr || !a || !b || a === b) return;
      if (!seen.has(arr)) seen.set(arr, new Map());
      const m = seen.get(arr); if (!m.has(a)) m.set(a, n);
    });
    for (const [arr, m] of seen) {
      if (m.size < 2) continue;
      const byRow = m.get('row'); const byCol = m.get('col');
      const odd = [byRow, byCol].sort((x, y) => x.start - y.start)[1];
      const text = (n) => this.code.slice(n.start, n.end);
      this.add('wrong_argument', true, `${text(byCol)} (line ${lineOf(byCol)}) and ${text(byRow)} (line ${lineOf(byRow)}) index ${arr} in opposite orders, row first in one and column first in the other: one of them reads the grid transposed, a cell other than the one meant (line ${lineOf(odd)})`, lineOf(odd), `${arr}[row][col] throughout`);
      return;
    }
  }

  // for (const [dr, dc] of DIRS) { if (nr < 0 || nr >= N ...) return; toggle(nr, nc); }: return leaves the whole
  // function at the first neighbour off the board, so the neighbours after it are skipped (continue)
  returnForContinue() {
    const OFFSETS = /dir|offset|neigh|adj|delta|around/i;
    const pairs = (n) => n && n.type === 'ArrayExpression' && n.elements.length >= 2 && n.elements.every((e) => e && (e.type === 'ArrayExpression' || e.type === 'ObjectExpression'));
    walk(this.ast, (n) => {
      if (this.returnForContinueFound || n.type !== 'ForOfStatement' || n.body.type !== 'BlockStatement') return;
      const over = n.right;
      const decl = over.type === 'Identifier' ? (this.decls.get(over.name) || [])[0] : null;
      if (!(pairs(over) || (over.type === 'Identifier' && (OFFSETS.test(over.name) || (decl && pairs(decl.init)))) || (over.type === 'MemberExpression' && OFFSETS.test(memberPath(over) || '')))) return;
      const body = n.body.body;
      const i = body.findIndex((st) => st.type === 'IfStatement' && !st.alternate
        && (st.consequent.type === 'ReturnStatement' || (st.consequent.type === 'BlockStatement' && st.consequent.body.length === 1 && st.consequent.body[0].type === 'ReturnStatement'))
        && /<\s*0\b|>=\s*[\w.]+|>\s*[\w.]+\s*-\s*1\b/.test(this.code.slice(st.test.start, st.test.end)));
      if (i < 0 || i === body.length - 1) return;
      const ret = body[i].consequent.type === 'ReturnStatement' ? body[i].consequent : body[i].consequent.body[0];
      if (ret.argument) return;
      this.returnForContinueFound = true;
      this.add('never_fires', true, `${this.code.slice(body[i].start, body[i].end).slice(0, 70)} (line ${lineOf(body[i])}) inside the loop over ${this.code.slice(over.start, over.end).slice(0, 30)}: return leaves the whole function at the first neighbour off the board, so the ones after it are never handled (continue)`, lineOf(body[i]), 'continue');
    });
  }

  // ball.body.velocity.set(ball.getData('vx'), ball.getData('vy')) every frame, the two stored once when the ball was
  // made: each bounce (bounceX/Y, a collider) turns the velocity round, and the next frame puts the stored one back
  velocityPinnedInUpdate() {
    if (!/bounce|setBounce|collider\s*\(/.test(this.bare())) return;
    const keyOf = (a, who) => {
      if (!a) return null;
      if (a.type === 'CallExpression' && a.callee.type === 'MemberExpression' && /^(getData|get)$/.test(a.callee.property.name) && literalValue(a.arguments[0]).ok) {
        const on = memberPath(a.callee.object) || '';
        return on === who || on === who + '.data' ? { data: true, key: literalValue(a.arguments[0]).value } : null;
      }
      if (a.type === 'MemberExpression' && !a.computed && memberPath(a.object) === who) return { data: false, key: a.property.name };
      return null;
    };
    for (const c of this.calls) {
      if (!c.ctx.roles.some((r) => r === 'update' || r === 'preUpdate')) continue;
      const path = c.on || '';
      const m = c.name === 'set' ? /^(.+)\.body\.velocity$/.exec(path) : c.name === 'setVelocity' ? /^(.+?)(\.body)?$/.exec(path) : null;
      if (!m || c.n.arguments.length !== 2) continue;
      const who = m[1];
      const keys = c.n.arguments.map((a) => keyOf(a, who));
      if (keys.some((k) => !k) || keys[0].key === keys[1].key) continue;
      // each stored in one place only, outside update()
      const stored = (k) => (k.data
        ? this.calls.filter((s) => s.name === 'setData' && literalValue(s.n.arguments[0]).value === k.key)
        : this.assigns.filter((a) => a.prop === k.key).map((a) => ({ ctx: null, a })));
      const writes = keys.map(stored);
      if (writes.some((w) => w.length !== 1 || (w[0].ctx && w[0].ctx.roles.some((r) => r === 'update')))) continue;
      if (keys.some((k) => !k.data && this.code.match(new RegExp(`\\.${k.key}\\s*([-+*/]=|\\+\\+|--)`)))) continue;
      const text = this.code.slice(c.n.start, c.n.end);
      this.add('never_fires', true, `${text} (line ${lineOf(c.n)}) in update() gives ${who} back the velocity stored when it was made, every frame: a bounce off a wall or another body turns it round and the next frame undoes that, so nothing ever bounces (keep the speed with velocity.normalize().scale(speed), or store the new velocity)`, lineOf(c.n), 'the velocity left as the bounce made it');
      return;
    }
  }

  // a unit's own pointerdown adds it to this.selected, and the scene's this.input.on('pointerdown') clears the
  // selection for a click on the ground: Phaser runs the object's handler first and the scene's after it for the same
  // click, so the unit is selected and at once unselected (the scene's handler gets the objects under the pointer as
  // its second parameter: clear only when that list is empty)
  selectionClearedByGroundClick() {
    const downs = this.calls.filter((c) => ['on', 'once'].includes(c.name) && literalValue(c.n.arguments[0]).value === 'pointerdown');
    // what a function (and the methods of this it calls, two deep) does to this.<field>: 'clear' or 'add'
    const effects = (fn) => {
      const out = [];
      for (const f of this.reachedFunctions(fn, 2)) {
        walk(f.body, (n, parent, key, ctx) => {
          if (ctx.fn) return;
          if (n.type === 'AssignmentExpression' && n.operator === '=') {
            const path = memberPath(n.left);
            if (path && path.startsWith('this.') && ((n.right.type === 'ArrayExpression' && !n.right.elements.length) || literalValue(n.right).value === null)) out.push(['clear', path, n]);
            const len = n.left.type === 'MemberExpression' && !n.left.computed && n.left.property.name === 'length' ? memberPath(n.left.object) : null;
            if (len && len.startsWith('this.') && literalValue(n.right).value === 0) out.push(['clear', len, n]);
          }
          if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed) {
            const on = memberPath(n.callee.object) || '';
            const name = n.callee.property.name;
            if (on.startsWith('this.') && name === 'clear' && !n.arguments.length) out.push(['clear', on, n]);
            if (on.startsWith('this.') && ['push', 'add'].includes(name)) out.push(['add', on, n]);
          }
        });
      }
      return out;
    };
    for (const s of downs.filter((c) => /(^|\.)input$/.test(c.on || ''))) {
      const fn = this.handlerFunction(s.n.arguments[1]);
      if (!fn || fn.params.length >= 2 || /hitTest|\.contains\s*\(|Contains\s*\(|getBounds|stopPropagation/.test(this.code.slice(fn.start, fn.end))) continue;
      const cleared = effects(fn).filter((e) => e[0] === 'clear');
      if (!cleared.length) continue;
      for (const o of downs) {
        if (o === s || !o.on || /(^|\.)(input|keyboard)$/.test(o.on) || o.ctx.cls !== s.ctx.cls) continue;
        const ofn = this.handlerFunction(o.n.arguments[1]);
        if (!ofn || /stopPropagation/.test(this.code.slice(ofn.start, ofn.end))) continue;
        const added = effects(ofn).find((e) => e[0] === 'add' && cleared.some((c) => c[1] === e[1]));
        if (!added) continue;
        const clear = cleared.find((c) => c[1] === added[1]);
        // a flag the object's handler raises for the scene's to see (this.picked = true; if (!this.picked) clear())
        const raised = [];
        walk(ofn.body, (n) => { if (n.type === 'AssignmentExpression' && /^this\.\w+$/.test(memberPath(n.left) || '') && memberPath(n.left) !== added[1]) raised.push(memberPath(n.left)); });
        const sceneText = this.code.slice(fn.start, fn.end);
        if (raised.some((f) => sceneText.includes(f))) continue;
        this.add('never_fires', true, `${o.on}.on('pointerdown') (line ${lineOf(o.n)}) adds to ${added[1]} (line ${lineOf(added[2])}), and the scene's this.input.on('pointerdown') (line ${lineOf(s.n)}) empties ${added[1]} (line ${lineOf(clear[2])}) for the same click: Phaser runs the object's handler first and the scene's after it, so what was just picked is dropped at once (clear only when the scene handler's second parameter, the objects under the pointer, is empty)`, lineOf(s.n), '(pointer, over) => { if (!over.length) ... }');
        return;
      }
    }
  }

  // this.inputIndex++; if (this.inputIndex === this.sequence.length) { ...; nextRound() }: the round is complete and the
  // next one starts, but nothing on the way sets the index back to 0, so the next round's first answer is compared
  // with sequence[length] (undefined) and every answer is wrong
  sequenceIndexNotReset() {
    // what runs from a node on: its statements, the callbacks in it and the methods of this it calls, three deep;
    // a restart or a new scene run sets everything up again
    const resets = (node, field) => this.reachedFunctions(node, 3, { intoCallbacks: true }).some((f) => {
      let found = false;
      walk(/Function/.test(f.type) ? f.body : f, (n) => {
        if (n.type === 'AssignmentExpression' && n.operator === '=' && memberPath(n.left) === field) found = true;
        if (n.type === 'CallExpression' && /(^|\.)scene\.(restart|start)$/.test(memberPath(n.callee) || '')) found = true;
      });
      return found;
    });
    walk(this.ast, (n) => {
      if (this.sequenceIndexFound || n.type !== 'IfStatement' || n.test.type !== 'BinaryExpression' || !['===', '==', '>='].includes(n.test.operator)) return;
      const field = memberPath(n.test.left);
      const len = n.test.right.type === 'MemberExpression' && !n.test.right.computed && n.test.right.property.name === 'length' ? memberPath(n.test.right.object) : null;
      if (!field || !field.startsWith('this.') || !len) return;
      // the index steps through the list (this.i++ and list[this.i] read) and the branch goes on to another round
      const esc = field.replace(/[.$]/g, (ch) => '\\' + ch);
      if (!new RegExp(`${esc}\\s*(\\+\\+|\\+=\\s*1\\b)`).test(this.code) || !this.code.includes(`${len}[${field}]`)) return;
      const branch = this.code.slice(n.consequent.start, n.consequent.end);
      if (!/delayedCall|addEvent|\.once\s*\(|\.on\s*\(|this\.\w+\s*\(/.test(branch) || /return\s+this\.\w+\s*\(/.test(branch)) return;
      if (resets(n.consequent, field)) return;
      this.sequenceIndexFound = true;
      this.add('never_fires', true, `if (${this.code.slice(n.test.start, n.test.end)}) (line ${lineOf(n)}) ends a round and goes on to the next, but nothing on the way sets ${field} back to 0: the next round's first answer is compared with ${len}[${len}.length], and every answer after the first round is wrong (${field} = 0 when the next round starts)`, lineOf(n), `${field} = 0`);
    });
  }

  // for (c = 1; c < COLS; c++) { if (same) run++; else { if (run >= 3) mark(); run = 1; } }: a run is tested only when
  // the colour changes, so a run that reaches the end of the row is never tested (test it once more after the loop)
  runEndNeverTested() {
    walk(this.ast, (n) => {
      if (this.runEndFound || !n.body || !Array.isArray(n.body)) return;
      n.body.forEach((loop, k) => {
        if (this.runEndFound || loop.type !== 'ForStatement' || !loop.test || loop.test.type !== 'BinaryExpression' || loop.test.operator !== '<' || loop.body.type !== 'BlockStatement') return;
        for (const st of loop.body.body) {
          if (st.type !== 'IfStatement' || !st.alternate) continue;
          const step = st.consequent.type === 'BlockStatement' && st.consequent.body.length === 1 ? st.consequent.body[0] : st.consequent;
          const e = step.type === 'ExpressionStatement' ? step.expression : null;
          const counter = e && e.type === 'UpdateExpression' && e.operator === '++' && e.argument.type === 'Identifier' ? e.argument.name : null;
          if (!counter) continue;
          let tested = null;
          walk(st.alternate, (m) => { if (!tested && m.type === 'IfStatement' && m.test.type === 'BinaryExpression' && ['>=', '>'].includes(m.test.operator) && m.test.left.type === 'Identifier' && m.test.left.name === counter) tested = m; });
          if (!tested) continue;
          const after = n.body.slice(k + 1).map((x) => this.code.slice(x.start, x.end)).join('\n');
          if (new RegExp(`\\b${counter}\\s*>=?`).test(after)) continue;
          this.runEndFound = true;
          this.add('never_fires', true, `${this.code.slice(tested.test.start, tested.test.end)} (line ${lineOf(tested)}) is tested only when the next cell differs, and nothing tests ${counter} after the loop ends (line ${lineOf(loop)}): a run that reaches the end of the row or column is never counted (test ${this.code.slice(tested.test.start, tested.test.end)} once more after the loop)`, lineOf(tested), `${this.code.slice(tested.test.start, tested.test.end)} after the loop`);
          return;
        }
      });
    });
  }

  // new Array(8).fill(randomPos()): the argument is worked out once, so every slot holds the same random value (the
  // eight things all land on one spot)
  randomFilledOnce() {
    const RANDOM = /Math\.random\s*\(|\b(Between|FloatBetween|RND\.\w+|Shuffle|GetRandom|getRandom\w*|pick)\s*\(/;
    const randomCall = (n) => {
      if (!n || n.type !== 'CallExpression') return false;
      if (RANDOM.test(this.code.slice(n.start, n.end))) return true;
      // a function of the program's that draws one (const randomPos = () => ({ x: Between(...) }))
      const name = n.callee.type === 'Identifier' ? n.callee.name : n.callee.type === 'MemberExpression' && !n.callee.computed ? n.callee.property.name : null;
      const decl = name ? (this.decls.get(name) || [])[0] : null;
      const fn = decl && decl.init && /Function/.test(decl.init.type) ? decl.init : name ? this.namedFunction(name) : null;
      return !!fn && RANDOM.test(this.code.slice(fn.start, fn.end));
    };
    for (const c of this.calls) {
      if (c.name !== 'fill' || c.n.arguments.length !== 1 || !randomCall(c.n.arguments[0])) continue;
      const arg = this.code.slice(c.n.arguments[0].start, c.n.arguments[0].end);
      this.add('misplaced', true, `fill(${arg.slice(0, 40)}) (line ${lineOf(c.n)}) works ${arg.slice(0, 40)} out once and puts that one value in every slot, so all of them are the same (Array.from({ length: n }, () => ${arg.slice(0, 40)}))`, lineOf(c.n), 'Array.from({ length: n }, () => ...)');
      return;
    }
  }

  // style { fontSize: '64' }: Phaser adds 'px' to a number only, so a string without a unit makes the CSS font
  // '64 Arial', which the canvas refuses; the text is drawn in its default 10 px font
  fontSizeWithoutUnit() {
    const bad = this.props.find((p) => p.key === 'fontSize' && p.value.type === 'Literal' && typeof p.value.value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(p.value.value));
    const call = bad ? null : this.calls.find((c) => c.name === 'setFontSize' && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && typeof c.n.arguments[0].value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(c.n.arguments[0].value));
    if (!bad && !call) return;
    const text = bad ? `fontSize: '${bad.value.value}'` : this.code.slice(call.n.start, call.n.end);
    const line = bad ? bad.line : lineOf(call.n);
    const size = (bad ? bad.value.value : call.n.arguments[0].value).trim();
    this.add('wrong_argument', true, `${text} (line ${line}): a size given as text needs its unit ('${size}px'); Phaser adds 'px' to a number only, so the font is '${size} <family>', which the canvas refuses, and the text is drawn in its default 10 px font (fontSize: '${size}px' or ${size})`, line, `'${size}px'`);
  }

  // if (cursors.up.isDown && this.jumps < 2) { jump; this.jumps++ } in update(): isDown holds on every frame the key is
  // down, so one press spends every jump on consecutive frames and the second jump never comes when pressed again
  countedActionUnderHeldKey() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.heldCountFound || n.type !== 'IfStatement' || !ctx.roles.some((r) => r === 'update') || ctx.handedTo.some(Boolean)) return;
      const test = this.code.slice(n.test.start, n.test.end);
      if (!/\.isDown\b/.test(test) || /JustDown|justDown|getDuration|timeDown|\bwas\w*|Held|held|released|Released/.test(test)) return;
      // a counter compared in the test and stepped in the branch
      // (a few jumps or dashes: a bound of at most 3, or named so; fuel burnt while held is what isDown is for)
      const counters = [...test.matchAll(/(this\.\w+|\b[a-z]\w*)\s*(<|<=|>)\s*([\w.]+)/g)]
        .filter((m) => !/\.isDown$/.test(m[1]) && ((/^\d+$/.test(m[3]) && Number(m[3]) <= 3) || /jump|hop|flap|dash/i.test(m[1] + m[3]))).map((m) => m[1]);
      const branch = this.code.slice(n.consequent.start, n.consequent.end);
      const stepped = counters.find((v) => new RegExp(`${v.replace(/[.$]/g, (ch) => '\\' + ch)}\\s*(\\+\\+|--|\\+=\\s*1\\b|-=\\s*1\\b)`).test(branch));
      if (!stepped || !/setVelocityY|velocity\.y\s*=|jump/i.test(branch)) return;
      this.heldCountFound = true;
      this.add('never_fires', true, `if (${test.slice(0, 60)}) (line ${lineOf(n)}) in update() steps ${stepped} while the key is held: isDown is true on every frame the key is down, so one press spends every one of them on consecutive frames, and pressing again in the air does nothing (Phaser.Input.Keyboard.JustDown(key))`, lineOf(n), 'Phaser.Input.Keyboard.JustDown(key)');
    });
  }

  // PHASES.findIndex((p) => ratio <= p.at) where PHASES = [{ at: 1 }, { at: 0.66 }, { at: 0.33 }]: whatever meets a
  // later entry's threshold meets the first one's too (the first is the largest), so the first entry is always the
  // one found and the later ones are never chosen (findLastIndex, or list them the other way round)
  thresholdListAlwaysFirst() {
    for (const c of this.calls) {
      const fn = ['find', 'findIndex'].includes(c.name) && c.n.callee.object.type === 'Identifier' ? c.n.arguments[0] : null;
      if (!fn || !/Function/.test(fn.type) || fn.params.length !== 1 || fn.params[0].type !== 'Identifier') continue;
      const ret = fn.body.type === 'BlockStatement' ? (fn.body.body.length === 1 && fn.body.body[0].type === 'ReturnStatement' ? fn.body.body[0].argument : null) : fn.body;
      if (!ret || ret.type !== 'BinaryExpression' || !['<', '<=', '>', '>='].includes(ret.operator)) continue;
      const param = fn.params[0].name;
      const keyOf = (n) => (n.type === 'MemberExpression' && !n.computed && n.object.type === 'Identifier' && n.object.name === param ? n.property.name : null);
      const mentions = (n) => new RegExp(`\\b${param}\\b`).test(this.code.slice(n.start, n.end));
      // value <op> entry.key, whichever side the entry is on
      const flipped = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
      const [key, op] = keyOf(ret.right) && !mentions(ret.left) ? [keyOf(ret.right), ret.operator] : keyOf(ret.left) && !mentions(ret.right) ? [keyOf(ret.left), flipped[ret.operator]] : [null];
      if (!key) continue;
      // the list: a const array of object literals, each giving the key a number, never reordered or added to
      const list = c.n.callee.object.name;
      const decl = (this.decls.get(list) || [])[0];
      if (!decl || (this.decls.get(list) || []).length !== 1 || !decl.init || decl.init.type !== 'ArrayExpression' || decl.init.elements.length < 2) continue;
      if (this.writes.get(list) || new RegExp(`\\b${list}\\s*\\.\\s*(push|unshift|splice|sort|reverse)\\s*\\(`).test(this.code)) continue;
      const values = decl.init.elements.map((e) => {
        const prop = e && e.type === 'ObjectExpression' ? e.properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === key) : null;
        return prop ? this.numberOf(prop.value) : null;
      });
      if (values.some((v) => v === null) || Math.max(...values) === Math.min(...values)) continue;
      const below = op === '<' || op === '<=';
      if (values[0] !== (below ? Math.max(...values) : Math.min(...values))) continue;
      // only whether some entry matches (if (LIST.find(...)), findIndex(...) !== -1) is fine
      let used = null;
      walk(this.ast, (n, parent) => { if (n === c.n) used = parent; });
      if (!used || ['IfStatement', 'LogicalExpression', 'ConditionalExpression'].includes(used.type) || (used.type === 'UnaryExpression' && used.operator === '!')
        || (used.type === 'BinaryExpression' && [-1, 0].includes(literalValue(used.left === c.n ? used.right : used.left).value))) continue;
      const text = this.code.slice(c.n.start, c.n.end);
      this.add('never_fires', true, `${text.length > 70 ? text.slice(0, 70) + '…' : text} (line ${lineOf(c.n)}): ${list}'s first entry has the ${below ? 'largest' : 'smallest'} ${key} (${values[0]}), so any value that meets a later entry meets the first one too: ${c.name} always gives the first, and the entries after it (${key} ${values.slice(1).join(', ')}) are never chosen (findLastIndex, or test them in the other order)`, lineOf(c.n), `${list}.findLastIndex(...)`);
      return;
    }
  }

  // this.tweens.add({ targets: tile, angle: tile.angle + 90, duration: 150 }); this.checkFlow(): the tween turns the
  // tile over the next frames, and checkFlow(), which reads .angle, runs now and sees the angle before the turn, so
  // the result always lags one move (check in the tween's onComplete, or from the angle the tween goes to)
  readBeforeTweenTurns() {
    walk(this.ast, (block) => {
      if (this.tweenReadFound || block.type !== 'BlockStatement') return;
      block.body.forEach((st, k) => {
        const call = st.type === 'ExpressionStatement' && st.expression.type === 'CallExpression' ? st.expression : null;
        const cfg = call && /(^|\.)tweens\.add$/.test(memberPath(call.callee) || '') ? call.arguments[0] : null;
        if (this.tweenReadFound || !cfg || cfg.type !== 'ObjectExpression') return;
        const prop = (name) => cfg.properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === name);
        const turned = ['angle', 'rotation'].find((name) => prop(name));
        const duration = prop('duration') ? this.numberOf(prop('duration').value) : 1000;
        if (!turned || duration === 0) return;
        // the next statement that calls a method of the scene, and what it reaches
        const next = block.body.slice(k + 1).find((x) => x.type === 'ExpressionStatement' && x.expression.type === 'CallExpression' && x.expression.callee.type === 'MemberExpression'
          && x.expression.callee.object.type === 'ThisExpression' && !x.expression.callee.computed);
        const method = next && next.expression.callee.property.name;
        const target = method && this.namedFunction(method);
        if (!target) return;
        const reached = this.reachedFunctions(target, 2).map((f) => this.code.slice(f.start, f.end)).join('\n');
        if (!new RegExp(`\\.${turned}\\b(?!\\s*[-+*/]?=[^=])`).test(reached)) return;
        // also run when the turn is over (onComplete) or every frame: it catches up
        const cfgText = this.code.slice(cfg.start, cfg.end);
        if (new RegExp(`\\b${method}\\b`).test(cfgText) || this.lifecycle('update').some((u) => this.reachedFunctions(u, 2).includes(target))) return;
        this.tweenReadFound = true;
        this.add('never_fires', true, `this.${method}() (line ${lineOf(next)}) runs right after the tween that turns ${memberPath(prop('targets') ? prop('targets').value : null) || 'its target'} (line ${lineOf(call)}) starts, and reads .${turned}, which the tween changes only over the next frames: it sees the ${turned} before the turn, so its result always lags one move (call it in the tween's onComplete)`, lineOf(next), `onComplete: () => this.${method}()`);
      });
    });
  }

  // update(time, delta) { const dt = time / 1000; this.star.angle += 160 * dt }: the first parameter is the time since
  // the game started, not since the last frame, so the step grows every frame and the motion speeds up without end
  // (delta, the second parameter)
  updateTimeAsStep() {
    for (const fn of this.lifecycle('update')) {
      const first = fn.params[0];
      if (!first || first.type !== 'Identifier' || /delta|^dt$|^d$/i.test(first.name)) continue;
      // names that hold the time, scaled by numbers only (const dt = time / 1000)
      const timeNames = new Map([[first.name, null]]);
      const onlyTime = (n) => (n.type === 'Identifier' ? timeNames.has(n.name) && n.name
        : n.type === 'BinaryExpression' && ['*', '/'].includes(n.operator) ? (onlyTime(n.left) && this.numberOf(n.right) !== null ? onlyTime(n.left) : onlyTime(n.right) && n.operator === '*' && this.numberOf(n.left) !== null ? onlyTime(n.right) : null) : null);
      // a factor of a product (speed * dt, dt * 160 / 1000)
      const factor = (n) => (n.type === 'Identifier' ? timeNames.has(n.name) && n.name : n.type === 'BinaryExpression' && ['*', '/'].includes(n.operator) ? factor(n.left) || (n.operator === '*' && factor(n.right)) : null);
      let hit = null;
      walk(fn.body, (n, parent, key, ctx) => {
        if (hit || ctx.fn) return;
        if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && onlyTime(n.init)) timeNames.set(n.id.name, n);
        if (n.type === 'AssignmentExpression' && ['+=', '-='].includes(n.operator) && factor(n.right)) hit = { n, name: factor(n.right) };
      });
      if (!hit) continue;
      const via = timeNames.get(hit.name);
      this.add('misplaced', true, `${this.code.slice(hit.n.start, hit.n.end)} (line ${lineOf(hit.n)}) in update() steps by ${hit.name}${via ? `, which is ${this.code.slice(via.init.start, via.init.end)} (line ${lineOf(via)})` : ''}: update's first parameter is the time since the game started, not since the last frame, so each frame's step is larger than the one before and the motion keeps speeding up (use delta, the second parameter)`, lineOf(hit.n), 'delta');
      return;
    }
  }

  // style { font: 'Arial', fontSize: '32px' }: Phaser reads a font string as '[style] size family' split on spaces, so
  // 'Arial' becomes the size and the CSS font is invalid; the canvas keeps its 10 px default (font: '32px Arial')
  fontShorthandWithoutSize() {
    const SIZE = /^(\d+(\.\d+)?(px|pt|em|rem|%)|xx-small|x-small|small|medium|large|x-large|xx-large|smaller|larger)$/;
    const styles = [];
    // a style written in place or kept in a const
    const objectOf = (n) => { const d = n && n.type === 'Identifier' ? this.decls.get(n.name) : null; const v = d && d.length === 1 ? d[0].init : n; return v && v.type === 'ObjectExpression' ? v : null; };
    for (const c of this.calls) {
      if (c.name === 'text' && /(^|\.)add$/.test(c.on || '') && objectOf(c.n.arguments[3])) styles.push(objectOf(c.n.arguments[3]));
      if (c.name === 'setStyle' && objectOf(c.n.arguments[0])) styles.push(objectOf(c.n.arguments[0]));
      if (c.name === 'setFont' && c.n.arguments[0] && c.n.arguments[0].type === 'Literal') styles.push({ font: c.n.arguments[0], call: c.n });
    }
    for (const s of styles) {
      const font = s.font || ((s.properties || []).find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === 'font') || {}).value;
      if (!font || font.type !== 'Literal' || typeof font.value !== 'string' || !font.value.trim()) continue;
      const parts = font.value.split(' ');
      const size = parts.length > 2 ? parts[1] : parts[0];
      if (SIZE.test(size)) continue;
      this.add('wrong_argument', true, `font '${font.value}' (line ${lineOf(font)}): Phaser reads a font string as '[style] size family' split on spaces, so '${size}' is taken as the size and the CSS font is invalid: the canvas keeps its default 10 px font${s.font ? '' : ', and the fontSize given beside it is overwritten'} (font: '24px ${font.value.replace(/^(bold|italic)\s+/, '')}', or fontFamily)`, lineOf(font), `fontFamily: '${font.value}'`);
      return;
    }
  }

  // for (...) { const rng = new Phaser.Math.RandomDataGenerator(['seed']); x = rng.between(...) }: a generator made
  // with the same seed gives the same numbers, so every pass of the loop draws the same values (make it once)
  seededGeneratorInLoop() {
    let hit = null;
    walk(this.ast, (n, parent, key, ctx) => {
      if (hit || n.type !== 'NewExpression' || !/RandomDataGenerator$/.test(memberPath(n.callee) || '')) return;
      const seed = n.arguments[0];
      const constant = seed && (seed.type === 'Literal' || (seed.type === 'ArrayExpression' && seed.elements.every((e) => e && e.type === 'Literal')));
      if (!constant) return;
      const handed = ctx.handedTo[ctx.handedTo.length - 1] || '';
      if (this.loopAround(n, ctx.fn) || /\.(forEach|map|times|each)$|^Array\.from$/.test(handed)) hit = n;
    });
    const perCall = hit ? null : this.seededGeneratorPerCall();
    if (perCall) {
      this.add('misplaced', true, `${this.code.slice(perCall.n.start, perCall.n.end)} (line ${lineOf(perCall.n)}) makes a new generator with the same seed on every call of ${perCall.name}(), which is called in a loop: each one gives the same numbers, so every call draws the same values (all in one place) (make the generator once, in create(), and keep it)`, lineOf(perCall.n), 'one generator kept');
      return;
    }
    if (!hit) return;
    const text = this.code.slice(hit.start, hit.end);
    this.add('misplaced', true, `${text} (line ${lineOf(hit)}) makes a new generator with the same seed on every pass: each one gives the same numbers, so every pass draws the same values (all in one place) (make the generator once, before the loop)`, lineOf(hit), 'one generator before the loop');
  }

  // randomPlace() { const rnd = new RandomDataGenerator([this.seed]); return rnd.between(...) } called in a loop: each
  // call starts the same sequence again (a field assigned once is as constant as a literal)
  seededGeneratorPerCall() {
    const assignedOnce = (e) => e.type === 'MemberExpression' && e.object.type === 'ThisExpression' && this.assigns.filter((a) => a.path === memberPath(e)).length === 1
      && !new RegExp(`${memberPath(e).replace(/[.$]/g, (ch) => '\\' + ch)}\\s*(\\+\\+|--|[-+*/]=)`).test(this.code);
    const constant = (e) => e && (e.type === 'Literal' || assignedOnce(e));
    let hit = null;
    walk(this.ast, (n, parent, key, ctx) => {
      if (hit || n.type !== 'VariableDeclarator' || !n.init || n.init.type !== 'NewExpression' || !/RandomDataGenerator$/.test(memberPath(n.init.callee) || '') || !ctx.fn) return;
      const seed = n.init.arguments[0];
      if (!seed || !(constant(seed) || (seed.type === 'ArrayExpression' && seed.elements.length && seed.elements.every(constant)))) return;
      const name = this.functionName(ctx.fn);
      if (!name) return;
      const repeated = this.calls.filter((c) => c.name === name && (c.on === 'this' || c.on === null || c.on === undefined));
      if (repeated.some((c) => this.loopAround(c.n, c.ctx.fn) || /\.(forEach|map|times|each)$|^Array\.from$/.test(c.ctx.handedTo[c.ctx.handedTo.length - 1] || ''))) hit = { n: n.init, name };
    });
    return hit;
  }

  // the name a function goes by: a method's key, a declaration's id, the name it is bound to
  functionName(fn) {
    for (const [name, f] of this.functionsByName()) if (f === fn) return name;
    const b = this.bindings().find(([, v]) => v === fn);
    return b ? b[0] : null;
  }

  // whether a loop statement of fn (the function node is in; null: the top level) holds node
  loopAround(node, fn) {
    let found = false;
    walk(fn ? fn.body : this.ast, (n) => { if (!found && /^(For|ForIn|ForOf|While|DoWhile)Statement$/.test(n.type) && n.body.start <= node.start && node.end <= n.body.end) found = true; });
    return found;
  }

  // this.target = this.input.activePointer.position.clone() in create(), read in update() and never set again: a
  // clone is where the pointer was when the scene started, so what follows it heads for that spot for good
  pointerCopiedOnce() {
    const pointers = new Set(['this.input.activePointer', 'this.input.mousePointer']);
    for (const [path, v] of this.bindings()) if (pointers.has(memberPath(v) || '')) pointers.add(path);
    for (const fn of this.lifecycle('create')) {
      let hit = null;
      walk(fn.body, (n, parent, key, ctx) => {
        if (hit || ctx.fn || n.type !== 'AssignmentExpression' || n.operator !== '=') return;
        const path = memberPath(n.left);
        if (!path || !path.startsWith('this.')) return;
        const v = n.right;
        const cloned = v.type === 'CallExpression' && v.callee.type === 'MemberExpression' && !v.callee.computed && v.callee.property.name === 'clone' && /\.position$/.test(memberPath(v.callee.object) || '') && pointers.has(memberPath(v.callee.object).replace(/\.position$/, ''));
        if (cloned) hit = { n, path };
      });
      // (a spot kept on purpose is read beside a pointer followed some other way)
      if (!hit || (this.code.match(/activePointer|mousePointer/g) || []).length > 1 || /['"](pointermove|pointerdown|pointerup|gameobjectmove)['"]/.test(this.code)) continue;
      const esc = hit.path.replace(/[.$]/g, (ch) => '\\' + ch);
      if (this.assigns.filter((a) => a.path === hit.path || a.path.startsWith(hit.path + '.')).length > 1) return;
      if (new RegExp(`${esc}\\s*\\.\\s*(copy|set|setTo|setFromObject|lerp|add|subtract|setXY|setAngle|setLength|rotate)\\s*\\(|\\(\\s*${esc}\\s*[,)]`).test(this.code)) return;
      const updated = this.lifecycle('update').some((u) => this.reachedFunctions(u, 2).some((f) => new RegExp(`${esc}\\b`).test(this.code.slice(f.start, f.end))));
      if (!updated) return;
      this.add('never_fires', true, `${this.code.slice(hit.n.start, hit.n.end)} (line ${lineOf(hit.n)}) copies where the pointer is when the scene starts, and nothing sets ${hit.path} again: update() reads that first spot on every frame, so it never follows the pointer (read the pointer itself, or copy it again on pointermove)`, lineOf(hit.n), `${hit.path}.copy(pointer.position) on pointermove`);
      return;
    }
  }

  // if (left) vx = -S; if (right) vx = S; else vx = 0;: the second if sets vx on both branches right after the first,
  // so what the first sets never lasts (else if)
  ifThenIfElseOverwrite() {
    const top = (st) => (st.type === 'BlockStatement' ? st.body : [st]);
    // what a branch sets: a name assigned, or a one-axis setter called (player.setVelocityX(...))
    const SETTER = /\.(setVelocityX|setVelocityY|setAccelerationX|setAccelerationY|setAngularVelocity|setFlipX|setFrame|setTint|setFillStyle|setText)$/;
    const setsOf = (st) => top(st).filter((x) => x.type === 'ExpressionStatement').map((x) => (x.expression.type === 'AssignmentExpression' && x.expression.operator === '=' ? memberPath(x.expression.left)
      : x.expression.type === 'CallExpression' && SETTER.test(memberPath(x.expression.callee) || '') ? memberPath(x.expression.callee) : null)).filter(Boolean);
    walk(this.ast, (block) => {
      if (this.overwriteFound || !Array.isArray(block.body)) return;
      for (let k = 0; k + 1 < block.body.length; k++) {
        const [a, b] = [block.body[k], block.body[k + 1]];
        if (a.type !== 'IfStatement' || a.alternate || b.type !== 'IfStatement' || !b.alternate || b.alternate.type === 'IfStatement') continue;
        // a first branch that leaves (return, throw, break, continue) never reaches the second if
        if (top(a.consequent).some((x) => /^(Return|Throw|Break|Continue)Statement$/.test(x.type))) continue;
        const both = setsOf(b.consequent).filter((p) => setsOf(b.alternate).includes(p));
        const lost = setsOf(a.consequent).find((p) => both.includes(p));
        if (!lost) continue;
        const esc = lost.replace(/[.$]/g, (ch) => '\\' + ch);
        // read by the second if before it writes (its test, or a branch's other statements) counts as a use
        const reads = new RegExp(`${esc}\\b(?!\\s*=[^=]|\\s*\\()`);
        if (reads.test(this.code.slice(b.test.start, b.test.end)) || [b.consequent, b.alternate].some((br) => top(br).some((x) => reads.test(this.code.slice(x.start, x.end))))) continue;
        this.overwriteFound = true;
        const what = SETTER.test(lost) ? `${lost}(...)` : lost;
        this.add('never_fires', true, `${what} in if (${this.code.slice(a.test.start, a.test.end).slice(0, 40)}) (line ${lineOf(a)}) is overridden at once by the if/else on line ${lineOf(b)}, which ${SETTER.test(lost) ? 'calls' : 'sets'} ${what} on both branches: what the first if does never lasts (else if (${this.code.slice(b.test.start, b.test.end).slice(0, 40)}))`, lineOf(b), 'else if');
        return;
      }
    });
  }

  // let { x: vx, y: vy } = this.velocity; if (hit the wall) vx = -vx; tri.x += vx * dt: the turn is made on a local copy
  // that dies with the frame, and this.velocity still points into the wall, so the next frame turns back (write it back)
  bounceOnLocalCopy() {
    for (const fn of this.lifecycle('update')) {
      const copies = new Map(); // local -> the this.* path it was read from
      walk(fn.body, (n, parent, key, ctx) => {
        if (ctx.fn || n.type !== 'VariableDeclaration' || n.kind !== 'let') return;
        for (const d of n.declarations) {
          const src = d.init && memberPath(d.init);
          if (!src || !src.startsWith('this.')) continue;
          if (d.id.type === 'Identifier' && /\.(x|y|vx|vy|dx|dy)$|^this\.(vx|vy|dx|dy|speed\w*|vel\w*)$/.test(src)) copies.set(d.id.name, src);
          if (d.id.type === 'ObjectPattern') for (const p of d.id.properties) if (p.type === 'Property' && p.value.type === 'Identifier' && ['x', 'y'].includes(p.key.name || p.key.value)) copies.set(p.value.name, `${src}.${p.key.name || p.key.value}`);
        }
      });
      if (!copies.size) continue;
      let flip = null;
      walk(fn.body, (n, parent, key, ctx) => {
        if (flip || ctx.fn || n.type !== 'AssignmentExpression' || n.left.type !== 'Identifier' || !copies.has(n.left.name)) return;
        const negated = (n.operator === '=' && n.right.type === 'UnaryExpression' && n.right.operator === '-' && n.right.argument.type === 'Identifier' && n.right.argument.name === n.left.name)
          || (n.operator === '*=' && literalValue(n.right).value === -1);
        if (negated) flip = n;
      });
      if (!flip) continue;
      const local = flip.left.name;
      const src = copies.get(local);
      const owner = src.replace(/\.\w+$/, '');
      const body = this.code.slice(fn.body.start, fn.body.end);
      const escOwner = owner.replace(/[.$]/g, (ch) => '\\' + ch);
      // written back (this.velocity.x = vx, this.velocity.set(vx, vy), this.vx = vx), or handed on, or returned
      if (new RegExp(`${escOwner}(\\.\\w+)?\\s*([-+*/]?=[^=]|\\.\\s*\\w+\\s*\\()`).test(body) || new RegExp(`\\(([^()]*,)?\\s*${local}\\b[^()]*\\)|return\\b[^;]*\\b${local}\\b|=\\s*\\{[^}]*\\b${local}\\b`).test(body.slice(flip.end - fn.body.start))) continue;
      this.add('never_fires', true, `${this.code.slice(flip.start, flip.end)} (line ${lineOf(flip)}) turns ${local}, a copy of ${src} made for this frame, and nothing writes it back to ${src}: next frame reads the old direction again, so the turn lasts one frame and the object sticks at the edge (${src} = ${local})`, lineOf(flip), `${src} = ${local}`);
      return;
    }
  }

  // this.hexGroup = this.add.group() and new hexagons made with this.add.graphics() but never added to it: the group
  // stays empty, so if (this.hexGroup.getLength() >= MAX) is never true (this.hexGroup.add(hex))
  groupNeverFilled() {
    for (const [path, v] of this.bindings()) {
      const made = v && v.type === 'CallExpression' && /(^|\.)(add|physics\.add)\.(group|staticGroup)$/.test(memberPath(v.callee) || '') ? v : null;
      if (!made) continue;
      const cfg = made.arguments[0];
      if (made.arguments.length > 1 || (cfg && cfg.type !== 'ObjectExpression') || (cfg && cfg.properties.some((p) => p.type !== 'Property' || !p.key || /^(key|frame|quantity|frameQuantity|repeat|classType|createCallback)$/.test(p.key.name || p.key.value)))) continue;
      const name = path.split('.').pop();
      const escName = name.replace(/[$]/g, '\\$');
      // filled in any way, or handed somewhere that might fill it, or known by another name
      if (new RegExp(`\\b${escName}\\s*\\.\\s*(add|addMultiple|create|createMultiple|createFromConfig|get|getFirst|getFirstDead|getFirstAlive|children\\s*\\.\\s*(set|add))\\s*\\(`).test(this.code)) continue;
      if (new RegExp(`[(,\\[]\\s*(this\\.)?${escName}\\s*[,)\\]]|=\\s*(this\\.)?${escName}\\s*[;,\\n]|${escName}\\s*:`).test(this.code.replace(/physics\.add\.(collider|overlap)\s*\([^;]*\)/g, ''))) continue;
      const count = this.calls.find((c) => c.on === path && ['getLength', 'countActive'].includes(c.name));
      if (!count) continue;
      let compared = false;
      walk(this.ast, (n) => { if (!compared && n.type === 'BinaryExpression' && /[<>=]/.test(n.operator) && n.start <= count.n.start && count.n.end <= n.end) compared = true; });
      if (!compared) continue;
      this.add('never_fires', true, `${path} (line ${lineOf(v)}) is an empty group, and nothing is ever added to it (no add, create or get on it): ${this.code.slice(count.n.start, count.n.end)} (line ${lineOf(count.n)}) is always 0, so what waits on it never happens (${path}.add(obj) where the objects are made)`, lineOf(count.n), `${path}.add(obj)`);
      return;
    }
  }

  // const night = this.hour >= 20 && this.hour < 6: no number is both at least 20 and below 6, so the test is never
  // true (a range that wraps past midnight is joined with ||)
  impossibleRange() {
    const bound = (c) => {
      // value <op> number, either way round
      if (!c || c.type !== 'BinaryExpression' || !['<', '<=', '>', '>='].includes(c.operator)) return null;
      const flip = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
      const [subject, op, limit] = this.numberOf(c.right) !== null ? [c.left, c.operator, this.numberOf(c.right)] : this.numberOf(c.left) !== null ? [c.right, flip[c.operator], this.numberOf(c.left)] : [];
      if (!subject || this.numberOf(subject) !== null) return null;
      return { text: this.code.slice(subject.start, subject.end).replace(/\s+/g, ''), lower: op[0] === '>', strict: op.length === 1, limit };
    };
    walk(this.ast, (n) => {
      if (this.rangeFound || n.type !== 'LogicalExpression' || n.operator !== '&&') return;
      const [a, b] = [bound(n.left), bound(n.right)];
      if (!a || !b || a.text !== b.text || a.lower === b.lower || /\(/.test(a.text)) return;
      const [lo, hi] = a.lower ? [a, b] : [b, a];
      if (!(lo.limit > hi.limit || (lo.limit === hi.limit && (lo.strict || hi.strict)))) return;
      this.rangeFound = true;
      const text = this.code.slice(n.start, n.end);
      this.add('never_fires', true, `${text} (line ${lineOf(n)}) asks for ${lo.text} to be ${lo.strict ? 'above' : 'at least'} ${lo.limit} and ${hi.strict ? 'below' : 'at most'} ${hi.limit} at once, which no number is: the test is never true (a range that wraps round is joined with ||)`, lineOf(n), text.replace('&&', '||'));
    });
  }

  // plot.watered = false; if (plot.planted && plot.watered) grow(): the flag is cleared on the line before it is read, so
  // the test is never true (read it first, then clear it)
  readAfterReset() {
    const programCall = (st) => { let found = false; walk(st, (n) => { if (!found && n.type === 'CallExpression' && ((n.callee.type === 'Identifier' && this.decls.has(n.callee.name)) || (n.callee.type === 'MemberExpression' && n.callee.object.type === 'ThisExpression' && this.namedFunction(n.callee.property.name)) || (n.callee.type === 'Identifier' && this.namedFunction(n.callee.name)))) found = true; }); return found; };
    walk(this.ast, (block) => {
      if (this.resetReadFound || !Array.isArray(block.body)) return;
      block.body.forEach((st, k) => {
        const e = st.type === 'ExpressionStatement' && st.expression.type === 'AssignmentExpression' && st.expression.operator === '=' ? st.expression : null;
        const path = e && memberPath(e.left);
        if (this.resetReadFound || !path || ![false, 0, null].includes(literalValue(e.right).value) || !literalValue(e.right).ok) return;
        const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
        for (const later of block.body.slice(k + 1)) {
          const text = this.code.slice(later.start, later.end);
          if (later.type === 'IfStatement') {
            // the flag needed true: one of the && terms of the test
            const terms = [];
            const split = (t) => { if (t.type === 'LogicalExpression' && t.operator === '&&') { split(t.left); split(t.right); } else terms.push(t); };
            split(later.test);
            if (terms.some((t) => memberPath(t) === path)) {
              this.resetReadFound = true;
              this.add('never_fires', true, `${path} = ${this.code.slice(e.right.start, e.right.end)} (line ${lineOf(st)}) and then if (${this.code.slice(later.test.start, later.test.end).slice(0, 60)}) (line ${lineOf(later)}) reads it: it was just cleared and nothing sets it between, so the test is never true (read it before clearing it)`, lineOf(later), 'read before the reset');
              return;
            }
          }
          // set again, or something of the program's that might set it, runs between
          if (new RegExp(`${esc}\\s*([-+*/|&]?=[^=]|\\+\\+|--)`).test(text) || programCall(later) || later.type !== 'ExpressionStatement') return;
        }
      });
    });
  }

  // update(time, delta) { this.coins += Math.floor(this.perSecond * delta / 1000) }: a frame's share is a fraction
  // (2 a second makes 0.03 a frame), and rounding it down every frame throws it away, so slow income never comes
  roundedFrameShare() {
    for (const fn of this.lifecycle('update')) {
      const delta = fn.params[1] && fn.params[1].type === 'Identifier' ? fn.params[1].name : null;
      if (!delta) continue;
      let hit = null;
      walk(fn.body, (n, parent, key, ctx) => {
        if (hit || ctx.fn || n.type !== 'AssignmentExpression' || !['+=', '-='].includes(n.operator)) return;
        const r = n.right;
        const rounded = r.type === 'CallExpression' && /^Math\.(floor|trunc|round)$/.test(memberPath(r.callee) || '') ? r.arguments[0]
          : r.type === 'BinaryExpression' && r.operator === '|' && literalValue(r.right).value === 0 ? r.left : null;
        if (rounded && new RegExp(`\\b${delta}\\b`).test(this.code.slice(rounded.start, rounded.end)) && /[*/]/.test(this.code.slice(rounded.start, rounded.end))) hit = n;
      });
      if (!hit) continue;
      this.add('wrong_argument', true, `${this.code.slice(hit.start, hit.end)} (line ${lineOf(hit)}) rounds one frame's share before adding it: a frame is about 16 ms, so a rate under 60 a second gives less than 1 and rounds to 0 every frame, and any rate loses its fraction each frame (add the exact share, and round only what is shown)`, lineOf(hit), 'round only what is shown');
      return;
    }
  }

  // const q = []; this.orders = q; a timer pushes to q, and serving does this.orders = this.orders.slice(1): the field
  // now holds a new array and the timer still fills the old one, so no order shows again (change the array in place)
  aliasLeftBehind() {
    for (const a of this.assigns) {
      if (a.op !== '=' || !a.path.startsWith('this.') || a.value.type !== 'Identifier') continue;
      const local = a.value.name;
      const d = this.decls.get(local);
      if (!d || d.length !== 1 || !d[0].init || d[0].init.type !== 'ArrayExpression' || this.writes.get(local)) continue;
      // filled through the local name in a callback (it runs later), and the field given a new array elsewhere
      const filled = this.calls.find((c) => c.on === local && ['push', 'unshift', 'splice'].includes(c.name) && (c.ctx.handedTo.some(Boolean) || c.ctx.roles.length >= 2));
      const replaced = this.assigns.find((b) => b !== a && b.path === a.path && b.op === '=' && (b.value.type === 'ArrayExpression' || (b.value.type === 'CallExpression' && /\.(slice|filter|map|concat)$/.test(memberPath(b.value.callee) || ''))));
      if (!filled || !replaced) continue;
      this.add('never_fires', true, `${this.code.slice(filled.n.start, filled.n.end).slice(0, 50)} (line ${lineOf(filled.n)}) fills ${local}, the array ${a.path} held at first (line ${a.line}), but ${a.path} = ${this.code.slice(replaced.value.start, replaced.value.end).slice(0, 40)} (line ${replaced.line}) gives the field a new array: from then on what is added goes to the old one, which nothing reads (change ${a.path} in place: shift(), splice(), or push to ${a.path})`, lineOf(filled.n), `${a.path}.push(...)`);
      return;
    }
  }

  // this.customers = this.add.group({ maxSize: 4 }) and customers who leave only hidden (setVisible(false)): get()
  // hands out only inactive members and makes new ones up to maxSize, so after the fourth it gives null for good
  poolNeverFreed() {
    if (/setActive\s*\(\s*false|killAndHide\s*\(|\.active\s*=\s*(false|0)|disableBody\s*\(|\.remove\s*\(\s*\w|\.clear\s*\(\s*true|removeFromDisplayList|setState\s*\(|\.kill\s*\(/.test(this.code)) return;
    // destroying frees a member too; things the program made itself with add/make (a texture's Graphics, a floating
    // text) are not members
    const ownMade = new Set(this.bindings().filter(([, v]) => { const m = this.creation(v).made; return m && /(^|\.)(add|make)\.\w+$/.test(memberPath(m.callee) || '') && !/\.get$/.test(memberPath(m.callee) || ''); }).map(([p]) => p));
    const destroyed = this.calls.map((c) => (c.name === 'destroy' ? c.on || this.chainRoot(c.n) || '' : null)).filter((on) => on !== null && !ownMade.has(on));
    for (const [path, v] of this.bindings()) {
      const made = v && v.type === 'CallExpression' && /(^|\.)(add|physics\.add)\.group$/.test(memberPath(v.callee) || '') ? v : null;
      // a destroy() that may be on a member frees it (not enemy.destroy() beside a pool of bullets)
      if (made && destroyed.some((on) => on === 'this' || this.poolMemberNames(path).has(on))) continue;
      const cfg = made && made.arguments.find((x) => x && x.type === 'ObjectExpression');
      const maxProp = cfg && cfg.properties.find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === 'maxSize');
      const max = maxProp ? this.numberOf(maxProp.value) : null;
      if (max === null && !(maxProp && /\.length$/.test(memberPath(maxProp.value) || ''))) continue;
      if (max !== null && max < 1) continue;
      // taken again and again: from a timer, an input handler or update()
      const taken = this.calls.find((c) => c.on === path && ['get', 'getFirstDead'].includes(c.name) && (c.ctx.handedTo.some(Boolean) || c.ctx.roles.includes('update') || !['create', 'init', 'preload'].some((r) => c.ctx.roles.includes(r))));
      if (!taken) continue;
      this.add('never_fires', true, `${path}.${taken.name}() (line ${lineOf(taken.n)}) takes from a pool of maxSize ${this.code.slice(maxProp.value.start, maxProp.value.end)} (line ${lineOf(maxProp)}), and nothing ever makes a member inactive again (setActive(false), killAndHide()): get() hands out only inactive members, so once the pool is full it gives null for good and no more come (killAndHide(member) when one is done)`, lineOf(taken.n), `${path}.killAndHide(member)`);
      return true;
    }
  }

  // bullets off screen put away with b.setVisible(false) (and the body off) in a pool of maxSize, while only the ones
  // that hit are disabled: an invisible member is still active, get() never hands it out again, and the pool runs dry
  poolMemberOnlyHidden() {
    for (const [path, v] of this.bindings()) {
      const made = v && v.type === 'CallExpression' && /(^|\.)(add|physics\.add)\.group$/.test(memberPath(v.callee) || '') ? v : null;
      const cfg = made && made.arguments.find((x) => x && x.type === 'ObjectExpression');
      if (!cfg || !cfg.properties.some((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === 'maxSize')) continue;
      const taken = this.calls.find((c) => c.on === path && ['get', 'getFirstDead'].includes(c.name));
      if (!taken) continue;
      const names = this.poolMemberNames(path);
      for (const c of this.calls) {
        const who = this.chainRoot(c.n) || c.on;
        if (c.name !== 'setVisible' || !names.has(who) || !c.n.arguments[0] || !(c.n.arguments[0].type === 'Literal' && c.n.arguments[0].value === false)) continue;
        // the statements around it: the block it is in
        let block = null;
        walk(this.ast, (n) => { if ((n.type === 'BlockStatement' || n.type === 'SwitchCase') && n.start <= c.n.start && c.n.end <= n.end && (!block || n.start >= block.start)) block = n; });
        const text = block ? this.code.slice(block.start, block.end) : '';
        const esc = who.replace(/[.$]/g, (ch) => '\\' + ch);
        if (new RegExp(`setActive\\s*\\(\\s*false|\\.active\\s*=\\s*(false|0)|killAndHide|disableBody\\s*\\(\\s*true|${esc}\\s*\\.\\s*destroy\\s*\\(|\\.remove\\s*\\(|\\.kill\\s*\\(`).test(text)) continue;
        // a block that hides it and then gets it back at once is not putting it away
        if (/setVisible\s*\(\s*true|\.get\s*\(/.test(text)) continue;
        // put away for good: a helper called from where members are done (this.recycle(b)) counts through its name
        this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) puts a member of ${path} away by hiding it, but it stays active: ${path}.${taken.name}() (line ${lineOf(taken.n)}) hands out only inactive members of a pool with maxSize, so every member put away here is lost and the pool runs dry (setActive(false) too, or ${path}.killAndHide(${who}))`, lineOf(c.n), `${path}.killAndHide(${who})`);
        return true;
      }
    }
    return false;
  }

  // the names a pool's members go by: const b = pool.get(...), the pool's name in the singular (bullets: bullet, b), the
  // parameters of callbacks handed over its members, and of the program's methods those names are passed to
  poolMemberNames(path) {
    const last = path.split('.').pop();
    const single = last.replace(/(es|s)$/, '');
    const names = new Set([single, last.replace(/s$/, ''), single[0], `this.${single}`]);
    for (const [name, v] of this.bindings()) if (v && v.type === 'CallExpression' && v.callee.type === 'MemberExpression' && memberPath(v.callee.object) === path && ['get', 'getFirstDead', 'getFirst', 'create'].includes(v.callee.property.name)) names.add(name);
    const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
    for (const m of this.code.matchAll(new RegExp(`${esc}\\s*\\.\\s*(?:getChildren\\s*\\(\\s*\\)\\s*\\.\\s*(?:forEach|filter|map)|children\\s*\\.\\s*(?:iterate|each)|getMatching\\s*\\([^)]*\\)\\s*\\.\\s*forEach)\\s*\\(\\s*(?:function\\s*)?\\(?\\s*(\\w+)`, 'g'))) names.add(m[1]);
    // this.recycle(b) with a member: recycle's own parameter
    for (const c of this.calls) {
      if (c.on !== 'this' || !c.n.arguments.some((a) => a.type === 'Identifier' && names.has(a.name))) continue;
      const fn = this.namedFunction(c.name);
      if (fn) c.n.arguments.forEach((a, i) => { if (a.type === 'Identifier' && names.has(a.name) && fn.params[i] && fn.params[i].type === 'Identifier') names.add(fn.params[i].name); });
    }
    return names;
  }

  // this.bar = this.add.image(...); this.bar.setSize(BAR_W * p, 20) to show progress: an Image's size is what input and
  // bodies use; it is drawn at its texture's size, so the bar never changes (setDisplaySize, setCrop or scaleX)
  imageSizedAsBar() {
    const images = new Set(this.bindings().filter(([, v]) => { const m = this.creation(v).made; return m && /(^|\.)add\.(image|sprite)$/.test(memberPath(m.callee) || ''); }).map(([p]) => p));
    for (const c of this.calls) {
      if (c.name !== 'setSize' || !images.has(c.on) || c.n.arguments.length < 2 || this.numberOf(c.n.arguments[0]) !== null) continue;
      const esc = c.on.replace(/[.$]/g, (ch) => '\\' + ch);
      if (new RegExp(`${esc}\\s*\\.\\s*(setInteractive|setDisplaySize|setCrop|setScale|displayWidth|scaleX|scale\\b)|existing\\s*\\(\\s*${esc}\\s*\\)|enable\\s*\\(\\s*${esc}`).test(this.code)) continue;
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) changes the size an Image gives input and physics, not what is drawn: it is drawn at its texture's size, so it looks the same whatever the size (setDisplaySize(), setCrop() or scaleX)`, lineOf(c.n), 'setDisplaySize / setCrop');
      return;
    }
  }

  // const RIPE = STAGES.length; plot.stage = Math.min(plot.stage + 1, STAGES.length - 1); if (plot.stage === RIPE): the
  // value is capped one below what it is compared with, so the test is never true
  cappedBelowTarget() {
    const caps = new Map(); // property name -> the cap's text
    for (const a of this.assigns) {
      const v = a.value;
      if (a.op === '=' && v.type === 'CallExpression' && memberPath(v.callee) === 'Math.min' && v.arguments.length === 2) caps.set(a.prop, { a, cap: v.arguments.find((x) => !new RegExp(`\\b${a.prop}\\b`).test(this.code.slice(x.start, x.end))) });
    }
    const capValue = (n) => {
      const len = n && n.type === 'BinaryExpression' && n.operator === '-' && literalValue(n.right).value === 1 && /\.length$/.test(memberPath(n.left) || '') ? memberPath(n.left) : null;
      return len ? { len } : n ? { num: this.numberOf(n) } : {};
    };
    walk(this.ast, (n) => {
      if (this.cappedFound || n.type !== 'BinaryExpression' || !['===', '==', '>='].includes(n.operator) || n.left.type !== 'MemberExpression' || n.left.computed) return;
      const prop = n.left.property.name;
      const c = caps.get(prop);
      if (!c || !c.cap) return;
      // every other write of the property is a plain number below the cap (a reset)
      if (this.assigns.some((a) => a.prop === prop && a !== c.a && !(a.op === '=' && literalValue(a.value).ok && typeof literalValue(a.value).value === 'number')) || new RegExp(`\\.${prop}\\s*(\\+\\+|--)|(\\+\\+|--)\\s*[\\w.]+\\.${prop}\\b`).test(this.code)) return;
      const cap = capValue(c.cap);
      let target = n.right;
      if (target.type === 'Identifier') { const d = this.decls.get(target.name); target = d && d.length === 1 && !this.writes.get(target.name) ? d[0].init : target; }
      const over = (cap.len && memberPath(target) === cap.len) || (cap.num !== undefined && cap.num !== null && this.numberOf(target) !== null && this.numberOf(target) > cap.num);
      if (!over) return;
      this.cappedFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) waits for .${prop} to reach ${this.code.slice(n.right.start, n.right.end)}${n.right !== target ? ` (${this.code.slice(target.start, target.end)})` : ''}, but it is capped at ${this.code.slice(c.cap.start, c.cap.end)} (line ${c.a.line}), one below: the test is never true (compare with the cap itself)`, lineOf(n), this.code.slice(c.cap.start, c.cap.end));
    });
  }

  // this.board = Array(9).fill('') and a click refused while this.board[i] !== null: nothing ever puts null in the
  // board, so every cell counts as taken and no move is ever made ('' is what an empty cell holds)
  sentinelNeverStored() {
    // null mentioned anywhere but in a comparison (stored, returned, passed) may end up in the board
    let stored = false;
    walk(this.ast, (n, parent) => { if (n.type === 'Literal' && n.value === null && !n.regex && !(parent && parent.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(parent.operator))) stored = true; });
    if (stored) return;
    const filled = new Map(); // path -> the fill value's text
    for (const [path, v] of this.bindings()) {
      const fill = v && v.type === 'CallExpression' && v.callee.type === 'MemberExpression' && !v.callee.computed && v.callee.property.name === 'fill' && v.arguments.length === 1 && v.arguments[0].type === 'Literal' && v.arguments[0].value !== null ? v : null;
      if (fill && /^(new\s+)?Array\s*\(/.test(this.code.slice(fill.start, fill.end))) filled.set(path, this.code.slice(fill.arguments[0].start, fill.arguments[0].end));
    }
    walk(this.ast, (n) => {
      if (this.sentinelFound || n.type !== 'BinaryExpression' || !['===', '!=='].includes(n.operator)) return;
      const [cell, other] = literalValue(n.right).value === null && n.right.type === 'Literal' ? [n.left, n.right] : literalValue(n.left).value === null && n.left.type === 'Literal' ? [n.right, n.left] : [];
      if (!cell || cell.type !== 'MemberExpression' || !cell.computed || !filled.has(memberPath(cell.object) || '')) return;
      const board = memberPath(cell.object);
      if (this.assigns.filter((a) => a.path === board).length > 1) return;
      this.sentinelFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) tests for null, but ${board} is filled with ${filled.get(board)} and nothing ever puts null in it: the test is ${n.operator === '!==' ? 'always' : 'never'} true (compare with ${filled.get(board)}, what an empty cell holds)`, lineOf(n), `${n.operator} ${filled.get(board)}`);
    });
  }

  // applyMove(this.board, r, c, 1); where applyMove returns a new board and changes nothing: the result is dropped,
  // so the move is never made (this.board = applyMove(...))
  pureResultDropped() {
    const KEEP = new Set(['map', 'slice', 'filter', 'concat', 'some', 'every', 'find', 'findIndex', 'includes', 'indexOf', 'reduce', 'join', 'forEach', 'flat', 'flatMap', 'keys', 'values', 'entries', 'abs', 'min', 'max', 'floor', 'ceil', 'round', 'sign', 'sqrt', 'hypot', 'Between', 'Distance', 'Clamp', 'toString', 'toFixed', 'charAt', 'split', 'trim', 'padStart', 'repeat', 'at']);
    const pure = (fn, depth) => {
      if (!fn || !/Function/.test(fn.type) || fn.body.type !== 'BlockStatement' || /\bthis\b/.test(this.code.slice(fn.start, fn.end))) return false;
      const locals = new Set();
      walk(fn.body, (n) => {
        if (n.type === 'VariableDeclarator') walk(n.id, (m, parent, key) => { if (m.type === 'Identifier' && !(parent && parent.type === 'Property' && key === 'key' && !parent.shorthand)) locals.add(m.name); });
      });
      const rootOf = (n) => { let r = n; while (r && r.type === 'MemberExpression') r = r.object; return r && r.type === 'Identifier' ? r.name : null; };
      let ok = true; let returns = false;
      walk(fn.body, (n, parent, key, ctx) => {
        if (!ok) return;
        if (n.type === 'ReturnStatement' && !ctx.fn) { if (n.argument) returns = true; else ok = false; }
        if ((n.type === 'AssignmentExpression' || n.type === 'UpdateExpression') && !locals.has(rootOf(n.type === 'UpdateExpression' ? n.argument : n.left))) ok = false;
        if (n.type === 'CallExpression') {
          if (n.callee.type === 'MemberExpression') {
            const root = rootOf(n.callee.object);
            if (!locals.has(root) && !['Math', 'JSON', 'Number', 'String', 'Object', 'Array'].includes(root) && !(n.callee.computed === false && KEEP.has(n.callee.property.name))) ok = false;
          } else if (n.callee.type === 'Identifier') {
            if (['parseInt', 'parseFloat', 'Number', 'String', 'Boolean', 'isNaN'].includes(n.callee.name)) return;
            const d = (this.decls.get(n.callee.name) || [])[0];
            const callee = (d && d.init) || this.namedFunction(n.callee.name);
            if (callee === fn) return;
            if (depth <= 0 || !pure(callee, depth - 1)) ok = false;
          } else ok = false;
        }
        if (n.type === 'NewExpression' && !/^(Set|Map|Array)$/.test(memberPath(n.callee) || '')) ok = false;
      });
      return ok && returns;
    };
    walk(this.ast, (n) => {
      if (this.pureDroppedFound || n.type !== 'ExpressionStatement' || n.expression.type !== 'CallExpression' || n.expression.callee.type !== 'Identifier') return;
      const name = n.expression.callee.name;
      const d = (this.decls.get(name) || [])[0];
      const fn = (d && d.init && /Function/.test(d.init.type) ? d.init : null) || this.namedFunction(name);
      if (!fn || !pure(fn, 2)) return;
      // the value it makes is kept somewhere else (this.board = applyMove(...)): this call was meant to do the same
      if (!new RegExp(`=\\s*${name}\\s*\\(`).test(this.code)) return;
      this.pureDroppedFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end).slice(0, 60)} (line ${lineOf(n)}) throws away what ${name}() returns: it changes nothing itself (it builds and returns a new value, as where its result is kept), so this call has no effect (assign its result, as elsewhere)`, lineOf(n), `x = ${name}(...)`);
    });
  }

  // for (y < ROWS) for (x < COLS) Distance.Between(player.x, player.y, x, y) <= VIEW: the player's place is in pixels
  // and x, y count tiles, so the distance mixes the two and only the tiles near the corner are ever within reach
  pixelsAgainstTileIndices() {
    const counters = new Map(); // loop counter -> the loop
    walk(this.ast, (n) => {
      if (n.type !== 'ForStatement' || !n.init || n.init.type !== 'VariableDeclaration' || n.init.declarations.length !== 1) return;
      const d = n.init.declarations[0];
      const step = n.update && n.update.type === 'UpdateExpression' && n.update.operator === '++';
      if (d.id.type === 'Identifier' && literalValue(d.init).value === 0 && step && !/width|height/i.test(this.code.slice(n.test.start, n.test.end))) counters.set(d.id.name, n);
    });
    for (const c of this.calls) {
      if (!/(^|\.)Distance\.Between$/.test(`${c.on || ''}.${c.name}`) || c.n.arguments.length !== 4) continue;
      const [a, b, x, y] = c.n.arguments;
      const pixels = (p, q) => /\.x$/.test(memberPath(p) || '') && /\.y$/.test(memberPath(q) || '') && !/(^|\.)(g|t|c|r|cell|tile|grid|col|row)[xy]?\b/i.test(memberPath(p).replace(/\.x$/, '').split('.').pop());
      const indices = (p, q) => [p, q].every((k) => k.type === 'Identifier' && counters.has(k.name) && counters.get(k.name).start < c.n.start && c.n.end < counters.get(k.name).end)
        && new RegExp(`\\[\\s*(${p.name}|${q.name})\\s*\\]\\s*\\[\\s*(${p.name}|${q.name})\\s*\\]`).test(this.code.slice(counters.get(p.name).start, counters.get(p.name).end));
      const hit = (pixels(a, b) && indices(x, y)) || (pixels(x, y) && indices(a, b));
      if (!hit) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) measures from a place in pixels to a cell's column and row (the loop counters that index the grid): the two are in different units, so the distance is far off and only cells near the top left corner are ever in reach (turn one into the other: the cell's centre x * TILE + TILE / 2)`, lineOf(c.n), 'one unit on both sides');
      return;
    }
  }

  // d.setData('held', true) when a die is held, and roll() skips it on if (d.held): setData keeps the value in the
  // object's data manager, not as a property, so d.held is undefined and held dice are rolled too (d.getData('held'))
  dataKeyReadAsField() {
    const COMMON = /^(name|active|visible|x|y|z|alpha|angle|rotation|depth|scale|scaleX|scaleY|type|state|width|height|texture|frame|data|body|input|tint|parentContainer|scene|list|length|value|values|id|key|text|style)$/;
    const keys = new Map(); // key -> the names of the objects it is set on (d for d.setData)
    const note = (key, c) => { if (!keys.has(key)) keys.set(key, new Set()); keys.get(key).add((c.on || '').split('.').pop()); };
    for (const c of this.calls) {
      if (c.name === 'setData' && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && typeof c.n.arguments[0].value === 'string') note(c.n.arguments[0].value, c);
      if (c.name === 'setData' && c.n.arguments[0] && c.n.arguments[0].type === 'ObjectExpression') for (const p of c.n.arguments[0].properties) if (p.type === 'Property' && p.key) note(p.key.name || p.key.value, c);
    }
    for (const [key, owners] of keys) {
      if (COMMON.test(key) || this.assigns.some((a) => a.prop === key) || this.props.some((p) => p.key === key) || new RegExp(`\\{[^}]*\\b${key}\\b[^}]*\\}\\s*=`).test(this.code)) continue;
      let read = null;
      walk(this.ast, (n, parent) => {
        // read off an object of the same name as one it is set on
        if (read || n.type !== 'MemberExpression' || n.computed || n.property.name !== key || n.object.type === 'ThisExpression' || !owners.has((memberPath(n.object) || '').split('.').pop())) return;
        if (/(^|\.)(data\.values|values|list)$/.test(memberPath(n.object) || '')) return;
        if (parent && parent.type === 'CallExpression' && parent.callee === n) return;
        read = n;
      });
      if (!read) continue;
      const obj = this.code.slice(read.object.start, read.object.end);
      this.add('never_fires', true, `${this.code.slice(read.start, read.end)} (line ${lineOf(read)}) reads a property nothing sets: '${key}' is kept with setData(), in the object's data manager, so ${obj}.${key} is undefined and every test of it reads it as unset (${obj}.getData('${key}'))`, lineOf(read), `${obj}.getData('${key}')`);
      return;
    }
  }

  // let px = 0; this.input.on('pointermove', (p) => { px = p.x }); this.target = new Vector2(px, ...): the handler runs
  // after create() is over, and px is read only in create() itself, before any move: what the handler writes is never
  // read (write the field the game reads: this.target.set(p.x, p.y))
  callbackWriteNeverRead() {
    const LATER = /(^|\.)(on|once|addEventListener|delayedCall|addEvent|setTimeout|setInterval)$/;
    walk(this.ast, (fn) => {
      if (this.lateWriteFound || !/Function/.test(fn.type) || !fn.body || fn.body.type !== 'BlockStatement') return;
      for (const st of fn.body.body) {
        if (st.type !== 'VariableDeclaration' || st.kind !== 'let') continue;
        for (const d of st.declarations) {
          if (d.id.type !== 'Identifier') continue;
          const name = d.id.name;
          const reads = []; const lateWrites = []; let other = false;
          walk(fn.body, (n, parent, key, ctx) => {
            if (n.type !== 'Identifier' || n.name !== name || n === d.id || (parent && parent.type === 'MemberExpression' && key === 'property' && !parent.computed) || (parent && parent.type === 'Property' && key === 'key' && !parent.shorthand)) return;
            const written = parent && ((parent.type === 'AssignmentExpression' && key === 'left') || parent.type === 'UpdateExpression');
            if (!ctx.fn) { if (written) other = true; else reads.push(n); return; }
            // inside a callback: one handed to an event or a timer runs later; any other may run now
            if (!written || parent.operator !== '=' || !LATER.test(ctx.handedTo[0] || '')) { other = true; return; }
            lateWrites.push(parent);
          });
          if (other || !reads.length || !lateWrites.length) continue;
          this.lateWriteFound = true;
          const w = lateWrites[0];
          this.add('never_fires', true, `${this.code.slice(w.start, w.end)} (line ${lineOf(w)}) writes ${name} in a handler that runs after this function is over, and ${name} is read only in the function itself (line ${lineOf(reads[0])}), before any call of the handler: what the handler writes is never read (write what the game reads, a field: this.${name} = ...)`, lineOf(w), `this.${name}`);
          return;
        }
      }
    });
  }

  // if (this.children.length >= 15) stop spawning, where the scene also shows texts: the display list holds every
  // object of the scene, so the count includes them and the cap is reached with fewer squares
  displayListCountCap() {
    let hit = null;
    walk(this.ast, (n) => {
      if (hit || n.type !== 'BinaryExpression' || !['>=', '>', '===', '<', '<='].includes(n.operator)) return;
      const side = [n.left, n.right].find((x) => /^this\.(sys\.displayList|children)(\.list)?\.length$/.test(memberPath(x) || '') || /^this\.children\.getChildren\(\)\.length$/.test(this.code.slice(x.start, x.end).replace(/\s+/g, '')));
      const limit = side && this.numberOf(side === n.left ? n.right : n.left);
      if (side && limit !== null && limit > 1) hit = n;
    });
    if (!hit) return;
    // the other things on the display list: texts, a background, the texture's Graphics if not removed
    const others = this.calls.filter((c) => /^this\.add$/.test(c.on || '') && ['text', 'bitmapText', 'image', 'rectangle', 'tileSprite', 'graphics'].includes(c.name) && c.ctx.roles.includes('create'));
    if (!others.length) return;
    this.add('wrong_argument', true, `${this.code.slice(hit.start, hit.end)} (line ${lineOf(hit)}) counts every object on the scene's display list, also the ${others.length} made in create() (the ${others[0].name} on line ${lineOf(others[0].n)}${others.length > 1 ? ', ...' : ''}): the cap is reached with that many fewer (count what is spawned: a group's getLength(), or a counter)`, lineOf(hit), 'a counter of its own');
  }

  // this.gfx = this.make.graphics({ add: false }) drawn into a texture, then tweens.add({ targets: this.gfx, alpha: 0 }):
  // the Graphics is not on the display list, so the tween changes an object nobody sees (tween the image shown)
  tweenOnUndisplayed() {
    const hidden = new Map();
    for (const [path, v] of this.bindings()) {
      const made = v && v.type === 'CallExpression' && /(^|\.)make\.\w+$/.test(memberPath(v.callee) || '') ? v : null;
      const cfg = made && made.arguments[0] && made.arguments[0].type === 'ObjectExpression' ? made.arguments[0] : null;
      const add = cfg && cfg.properties.find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === 'add');
      if (!made || (add && literalValue(add.value).value !== false) || (!add && !/make\.graphics$/.test(memberPath(made.callee)))) continue;
      // never put on a list later (add.existing, a container, a layer)
      const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
      const listed = this.calls.some((c) => (c.name === 'existing' || (['add', 'addAt', 'addMultiple'].includes(c.name) && !/(^|\.)(tweens|time|physics|anims|sound|input|events|registry|data|scene|plugins|textures|cache)$/.test(c.on || '')))
        && c.n.arguments.some((a) => new RegExp(`\\b${esc}\\b`).test(this.code.slice(a.start, a.end))));
      if (listed) continue;
      hidden.set(path, made);
    }
    if (!hidden.size) return;
    for (const c of this.calls) {
      const cfg = c.name === 'add' && /(^|\.)tweens$/.test(c.on || '') && c.n.arguments[0] && c.n.arguments[0].type === 'ObjectExpression' ? c.n.arguments[0] : null;
      const targets = cfg && cfg.properties.find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === 'targets');
      const path = targets && memberPath(targets.value);
      if (!path || !hidden.has(path)) continue;
      this.add('never_fires', true, `the tween of ${path} (line ${lineOf(c.n)}) animates a ${memberPath(hidden.get(path).callee).split('.').pop()} made with ${memberPath(hidden.get(path).callee)}() off the display list (line ${lineOf(hidden.get(path))}): it is never drawn, so what the tween changes is never seen (tween the object shown, the image of its texture)`, lineOf(c.n), 'the object shown');
      return;
    }
  }

  // for (12 times) { hexes.setPosition(x, y); hexes.fillPoints(pts) }: a Graphics draws all its shapes relative to its
  // own position at render time, so moving it between drawings moves them all; every shape ends at the last place
  graphicsMovedBetweenDrawings() {
    const DRAW = /^(fill|stroke)(Rect|Circle|Ellipse|Triangle|Points|RoundedRect|Path)$|^(fillRect|strokeRect)$/;
    walk(this.ast, (loop) => {
      if (this.movedDrawFound || !/^(For|ForOf|ForIn|While)Statement$/.test(loop.type)) return;
      const body = loop.body;
      const moves = this.calls.filter((c) => ['setPosition', 'setXY'].includes(c.name) && c.on && c.n.start > body.start && c.n.end < body.end && c.ctx.fn === this.enclosingFunction(loop));
      for (const m of moves) {
        const draw = this.calls.find((c) => c.on === m.on && DRAW.test(c.name) && c.n.start > m.n.end && c.n.end < body.end);
        if (!draw) continue;
        // one Graphics made outside the loop, not cleared, moved or stamped into a texture in it
        if (this.bindings().some(([p, v]) => p === m.on && v.start > body.start && v.end < body.end)) continue;
        const inLoop = this.code.slice(body.start, body.end);
        if (/generateTexture|\.clear\s*\(|draw\s*\(|snapshot/.test(inLoop)) continue;
        this.movedDrawFound = true;
        this.add('misplaced', true, `${this.code.slice(m.n.start, m.n.end)} (line ${lineOf(m.n)}) moves ${m.on} before each drawing in the loop, but a Graphics draws all its shapes relative to its own position when it is rendered: moving it moves every shape drawn so far, so they all end up at the last place, one on another (draw each at its own x, y, or make a Graphics per shape)`, lineOf(m.n), 'draw at x, y');
        return;
      }
    });
  }

  // positionCountedTwice's mistake where the place is only part of the drawing's coordinates (fillRect(cx - 20, ...),
  // fillPoints of points worked out around it, a Graphics moved there with setPosition())
  graphicsPlacedAndDrawnThere() {
    if (this.countedTwiceFound) return;
    const DRAW = /^(fill|stroke)(Rect|Circle|Ellipse|Triangle|Points|RoundedRect)$|^(arc|moveTo|lineTo)$/;
    const named = (e) => (e && (e.type === 'Identifier' || e.type === 'MemberExpression') ? memberPath(e) : null);
    const mentions = (node, name) => !!node && new RegExp(`(^|[^\\w$.])${name.replace(/[.$]/g, (ch) => '\\' + ch)}([^\\w$]|$)`).test(this.code.slice(node.start, node.end));
    for (const [path, v] of this.bindings()) {
      const made = this.creation(v).made;
      if (!made || !/(^|\.)add\.graphics$/.test(memberPath(made.callee) || '')) continue;
      if (this.calls.some((c) => c.on === path && c.name === 'generateTexture')) continue;
      const fn = this.enclosingFunction(made);
      const cfg = made.arguments[0];
      const keyed = (k) => { const q = cfg && cfg.type === 'ObjectExpression' ? cfg.properties.find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === k) : null; return q ? q.value : null; };
      let place = [named(keyed('x')), named(keyed('y')), made];
      if (!place[0] || !place[1]) {
        const moved = this.calls.find((c) => c.on === path && c.name === 'setPosition' && c.ctx.fn === fn && c.n.arguments.length >= 2);
        place = moved ? [named(moved.n.arguments[0]), named(moved.n.arguments[1]), moved.n] : [null, null, null];
      }
      const [X, Y, at] = place;
      if (!X || !Y || X === Y) continue;
      for (const c of this.calls) {
        if (c.on !== path || !DRAW.test(c.name) || c.ctx.fn !== fn || c.n.start < at.end || !c.n.arguments.length) continue;
        let both = mentions(c.n.arguments[0], X) && mentions(c.n.arguments[1], Y);
        // fillPoints(pts) with const pts = this.starPoints(x, y, ...) or [{ x: x + 10, y: y }, ...]
        if (!both && /Points$/.test(c.name) && c.n.arguments[0].type === 'Identifier') {
          const held = this.localValue(c.n.arguments[0], fn);
          both = !!held && held !== c.n.arguments[0] && mentions(held, X) && mentions(held, Y);
        }
        if (!both) continue;
        this.add('misplaced', true, `${this.code.slice(c.n.start, c.n.end).slice(0, 80)} (line ${lineOf(c.n)}) draws at ${X}, ${Y} on ${path}, which already stands at ${X}, ${Y} (line ${lineOf(at)}): a Graphics draws relative to its own position, so the shape appears at twice the distance from the corner, away from where it belongs (draw around 0, 0, or leave the Graphics at 0, 0)`, lineOf(c.n), 'draw around 0, 0');
        return;
      }
    }
  }

  // this.gfx.clear() at the top of update() and this.gfx.fillEllipse(...) in a click handler: whatever is drawn
  // outside update() on a Graphics that update() clears each frame is gone one frame later
  drawingClearedEachFrame() {
    const DRAW = /^(fill|stroke)(Rect|Circle|Ellipse|Triangle|Points|RoundedRect|Path)$/;
    for (const upd of this.lifecycle('update')) {
      const cleared = new Set();
      for (const st of upd.body.body) {
        if (st.type !== 'ExpressionStatement') continue;
        for (const c of this.calls) if (c.name === 'clear' && c.on && c.n.start >= st.start && c.n.end <= st.end && c.ctx.fn === upd && !c.ctx.inTest) cleared.add(c.on);
      }
      if (!cleared.size) continue;
      const reached = this.reachedFunctions(upd, 3, { intoCallbacks: true });
      const inUpdate = (n) => reached.some((f) => f.start <= n.start && n.end <= f.end);
      for (const path of cleared) {
        if (this.calls.some((c) => c.on === path && c.name === 'generateTexture')) continue;
        const drawnEachFrame = new Set(this.calls.filter((c) => c.on === path && DRAW.test(c.name) && inUpdate(c.n)).map((c) => c.name));
        const outside = this.calls.find((c) => c.on === path && DRAW.test(c.name) && !inUpdate(c.n) && !drawnEachFrame.has(c.name));
        if (!outside) continue;
        this.add('misplaced', true, `${this.code.slice(outside.n.start, outside.n.end).slice(0, 80)} (line ${lineOf(outside.n)}) draws on ${path}, which update() clears every frame (line ${lineOf(this.calls.find((c) => c.on === path && c.name === 'clear' && c.ctx.fn === upd).n)}) and redraws without it: the shape is gone one frame after it is drawn (draw it on a Graphics of its own, or keep it in a list that update() redraws)`, lineOf(outside.n), 'a Graphics of its own');
        return;
      }
    }
  }

  // tweens.addCounter({ from: 0, to: 100, onUpdate: (t) => obj.setAlpha(t.getValue()) }): alpha runs from 0 to 1 and
  // Phaser clamps anything above, so a fade on a 0-100 (or 0-255) scale is opaque from its first hundredth on
  counterValueAsAlpha() {
    walk(this.ast, (n) => {
      if (this.alphaScaleFound || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.property.name !== 'addCounter') return;
      const cfg = n.arguments[0];
      if (!cfg || cfg.type !== 'ObjectExpression') return;
      const keyed = (k) => { const q = cfg.properties.find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === k); return q ? q.value : null; };
      const ends = ['from', 'to'].map((k) => literalValue(keyed(k)));
      if (!ends.every((e) => e.ok && typeof e.value === 'number' && e.value >= 0) || Math.max(ends[0].value, ends[1].value) < 2) return;
      const onUpdate = keyed('onUpdate');
      if (!onUpdate || !/Function/.test(onUpdate.type) || !onUpdate.params.length || onUpdate.params[0].type !== 'Identifier') return;
      const tw = onUpdate.params[0].name;
      const isValue = (e) => e && e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && e.callee.property.name === 'getValue' && e.callee.object.type === 'Identifier' && e.callee.object.name === tw;
      const holders = new Set();
      walk(onUpdate.body, (m) => { if (m.type === 'VariableDeclarator' && m.id.type === 'Identifier' && isValue(m.init)) holders.add(m.id.name); });
      const plain = (e) => isValue(e) || (e && e.type === 'Identifier' && holders.has(e.name));
      walk(onUpdate.body, (m) => {
        if (this.alphaScaleFound) return;
        const set = m.type === 'CallExpression' && m.callee.type === 'MemberExpression' && m.callee.property.name === 'setAlpha' && plain(m.arguments[0]);
        const assigned = m.type === 'AssignmentExpression' && m.operator === '=' && m.left.type === 'MemberExpression' && m.left.property.name === 'alpha' && plain(m.right);
        if (!set && !assigned) return;
        this.alphaScaleFound = true;
        this.add('wrong_argument', true, `${this.code.slice(m.start, m.end).slice(0, 80)} (line ${lineOf(m)}) sets the alpha from a counter that runs from ${ends[0].value} to ${ends[1].value} (line ${lineOf(cfg)}): alpha goes from 0 to 1 and Phaser clamps anything above, so the object is fully opaque for all but the first part of the counter (divide by ${Math.max(ends[0].value, ends[1].value)}, or count from 0 to 1)`, lineOf(m), 'a value from 0 to 1');
      });
    });
  }

  // Math.round(t / BEAT * BEAT): the parenthesis closes after the multiplication, so the value is rounded as it is and
  // never snapped to the step (Math.round(t / BEAT) * BEAT)
  snapInsideRound() {
    walk(this.ast, (n) => {
      if (this.snapFound || n.type !== 'CallExpression' || !/^Math\.(round|floor|ceil|trunc)$/.test(memberPath(n.callee) || '') || n.arguments.length !== 1) return;
      const a = n.arguments[0];
      if (a.type !== 'BinaryExpression' || a.operator !== '*' || a.left.type !== 'BinaryExpression' || a.left.operator !== '/') return;
      const text = (e) => this.code.slice(e.start, e.end).replace(/\s+/g, '');
      if (text(a.left.right) !== text(a.right) || /^[\d.]+$/.test(text(a.right)) && Number(text(a.right)) === 1) return;
      this.snapFound = true;
      const fn = memberPath(n.callee);
      this.add('wrong_argument', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}): ${text(a.left.left)} / ${text(a.right)} * ${text(a.right)} is ${text(a.left.left)} again before ${fn}() sees it, so nothing is snapped to steps of ${text(a.right)} (${fn}(${text(a.left.left)} / ${text(a.right)}) * ${text(a.right)})`, lineOf(n), `${fn}(x / step) * step`);
    });
  }

  // for (i...) Phaser.Math.RotateAround(p, cx, cy, step * i) on one point made before the loop: RotateAround (like
  // Rotate and Vector2#rotate) turns the point it is given, so the turns add up (0, 1, 3, 6 steps...) instead of i steps
  rotationsAddUp() {
    walk(this.ast, (loop, parent, key, ctx) => {
      if (this.rotationsFound || loop.type !== 'ForStatement' || !loop.init || !loop.update) return;
      const ivar = loop.init.type === 'VariableDeclaration' && loop.init.declarations[0].id.type === 'Identifier' ? loop.init.declarations[0].id.name : null;
      if (!ivar) return;
      const word = (node, name) => new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}([^\\w$]|$)`).test(this.code.slice(node.start, node.end));
      walk(loop.body, (n) => {
        if (this.rotationsFound || n.type !== 'CallExpression') return;
        const path = memberPath(n.callee) || '';
        let point = null;
        let angle = null;
        if (/(^|\.)Math\.RotateAround$/.test(path) && n.arguments.length === 4) [point, angle] = [n.arguments[0], n.arguments[3]];
        else if (/(^|\.)Math\.Rotate$/.test(path) && n.arguments.length === 2) [point, angle] = n.arguments;
        if (!point || point.type !== 'Identifier' || !angle || !word(angle, ivar)) return;
        // made before the loop and not set again inside it
        const made = [];
        walk(ctx.fn ? ctx.fn.body : this.ast, (d) => { if (d.type === 'VariableDeclarator' && d.id.type === 'Identifier' && d.id.name === point.name) made.push(d); });
        if (made.length !== 1 || made[0].start > loop.start || !made[0].init || made[0].init.type !== 'NewExpression') return;
        const body = this.code.slice(loop.body.start, loop.body.end);
        if (new RegExp(`(^|[^\\w$.])${point.name}\\s*(=[^=]|\\.\\s*(set|copy|setTo|reset|setFromObject)\\s*\\()`).test(body)) return;
        this.rotationsFound = true;
        this.add('misplaced', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) turns ${point.name}, made once before the loop (line ${lineOf(made[0])}), by an angle that grows with ${ivar}: ${path.split('.').pop()} changes the point it is given, so the turns add up pass after pass (0, 1, 3, 6 steps...) instead of ${ivar} steps (make the point inside the loop, or turn a copy)`, lineOf(n), 'a new point each pass');
      });
    });
  }

  // keyboard.on('keydown', (e) => ... 'ASDF'.indexOf(e.key)): a letter key's KeyboardEvent key is the small letter
  // ('a'; 'A' only with Shift or Caps Lock), so capital letters are never found
  letterKeyInCapitals() {
    const capitals = (e) => {
      if (!e) return false;
      if (e.type === 'Identifier') e = this.localValue(e, null);
      if (e.type === 'Literal' && typeof e.value === 'string') return /[A-Z]/.test(e.value) && !/[a-z]/.test(e.value) && e.value.length <= 40;
      if (e.type === 'ArrayExpression') return e.elements.length > 0 && e.elements.every((x) => x && x.type === 'Literal' && typeof x.value === 'string' && /^[A-Z]$/.test(x.value));
      return false;
    };
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      if (!['on', 'once', 'addEventListener'].includes(c.name) || !ev || ev.type !== 'Literal' || !/^key(down|up|press)$/.test(ev.value)) continue;
      const h = this.handlerFunction(c.n.arguments[1]);
      const e = h && h.params[0] && h.params[0].type === 'Identifier' ? h.params[0].name : null;
      if (!e) continue;
      let hit = null;
      const isKey = (x) => x && x.type === 'MemberExpression' && !x.computed && x.property.name === 'key' && x.object.type === 'Identifier' && x.object.name === e;
      walk(h.body, (n) => {
        if (hit) return;
        if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && ['indexOf', 'includes'].includes(n.callee.property.name) && isKey(n.arguments[0]) && capitals(n.callee.object)) hit = n;
        if (n.type === 'BinaryExpression' && ['===', '=='].includes(n.operator) && ((isKey(n.left) && n.right.type === 'Literal' && /^[A-Z]$/.test(n.right.value)) || (isKey(n.right) && n.left.type === 'Literal' && /^[A-Z]$/.test(n.left.value)))) hit = n;
      });
      // e.key === 'c' || e.key === 'C', a case folded somewhere, Shift asked for: both cases are meant
      const body = this.code.slice(h.body.start, h.body.end);
      if (!hit) continue;
      const letter = hit.type === 'BinaryExpression' ? (hit.left.type === 'Literal' ? hit.left.value : hit.right.value) : null;
      if (/to(Upper|Lower)Case|shiftKey|getModifierState/.test(body) || (letter && new RegExp(`['"\`]${letter.toLowerCase()}['"\`]`).test(body))) continue;
      this.add('never_fires', true, `${this.code.slice(hit.start, hit.end)} (line ${lineOf(hit)}) looks for ${e}.key among capital letters, but a letter key's KeyboardEvent key is the small letter ('a'; 'A' only with Shift or Caps Lock), so pressing the key finds nothing (${e}.key.toUpperCase(), or compare ${e}.code)`, lineOf(hit), `${e}.key.toUpperCase()`);
      return;
    }
  }

  // this.inventory.add(key) (an object), then this.inventory.has(door.color): a Set finds only what was added itself,
  // and the elements are objects read for their .color, so a colour is never in it
  setHasFieldOfElements() {
    for (const [path, v] of this.bindings()) {
      if (!v || v.type !== 'NewExpression' || memberPath(v.callee) !== 'Set' || v.arguments.length) continue;
      const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
      // the fields read off the elements: for (const k of S) k.f, [...S].some((k) => k.f ...)
      const fields = new Set();
      const iter = new RegExp(`for\\s*\\(\\s*(?:const|let|var)\\s+(\\w+)\\s+of\\s+${esc}\\s*\\)|\\[\\s*\\.\\.\\.\\s*${esc}\\s*\\]\\s*\\.\\s*(?:map|some|every|find|filter|forEach)\\s*\\(\\s*\\(?\\s*(\\w+)`, 'g');
      for (const m of this.code.matchAll(iter)) {
        const k = m[1] || m[2];
        const after = this.code.slice(m.index, m.index + 300);
        for (const f of after.matchAll(new RegExp(`\\b${k}\\.(\\w+)`, 'g'))) fields.add(f[1]);
      }
      if (!fields.size) continue;
      const has = this.calls.find((c) => c.on === path && c.name === 'has' && c.n.arguments[0] && c.n.arguments[0].type === 'MemberExpression' && !c.n.arguments[0].computed && fields.has(c.n.arguments[0].property.name));
      if (!has) continue;
      const arg = this.code.slice(has.n.arguments[0].start, has.n.arguments[0].end);
      this.add('never_fires', true, `${this.code.slice(has.n.start, has.n.end)} (line ${lineOf(has.n)}) looks for ${arg} in ${path}, but the Set holds objects, read for their .${has.n.arguments[0].property.name} elsewhere: has() finds only a value that was added itself, so a .${has.n.arguments[0].property.name} is never found ([...${path}].some((k) => k.${has.n.arguments[0].property.name} === ${arg}))`, lineOf(has.n), `[...${path}].some(...)`);
      return;
    }
  }

  // Object.assign(tower, TOWER) where TOWER = { stats: { range: 100 } } and then tower.stats.range += 25: assign copies
  // the stats object's reference, so every tower shares one stats object and upgrading one upgrades them all
  sharedNestedTemplate() {
    const templates = new Map(); // name -> nested keys
    for (const [name, v] of this.bindings()) {
      if (!v || v.type !== 'ObjectExpression' || name.includes('.')) continue;
      const nested = v.properties.filter((q) => q.type === 'Property' && q.key && q.value && (q.value.type === 'ObjectExpression' || q.value.type === 'ArrayExpression')).map((q) => q.key.name || q.key.value);
      if (nested.length) templates.set(name, nested);
    }
    if (!templates.size) return;
    walk(this.ast, (n) => {
      if (this.sharedTemplateFound) return;
      let tpl = null;
      if (n.type === 'CallExpression' && memberPath(n.callee) === 'Object.assign' && n.arguments.length >= 2) {
        const i = n.arguments.findIndex((a, k) => k > 0 && a.type === 'Identifier' && templates.has(a.name));
        tpl = i > 0 ? n.arguments[i] : null;
        // a later source that gives the nested keys copies of their own: Object.assign(t, TOWER, { stats: { ...TOWER.stats } })
        const later = i > 0 ? n.arguments.slice(i + 1) : [];
        if (tpl && later.some((a) => a.type === 'ObjectExpression' && a.properties.some((q) => q.type === 'Property' && q.key && templates.get(tpl.name).includes(q.key.name || q.key.value)))) tpl = null;
      }
      if (n.type === 'ObjectExpression') { const sp = n.properties.find((q) => q.type === 'SpreadElement' && q.argument.type === 'Identifier' && templates.has(q.argument.name)); tpl = sp ? sp.argument : null; if (tpl && n.properties.some((q) => q.type === 'Property' && q.key && templates.get(tpl.name).includes(q.key.name || q.key.value))) tpl = null; }
      if (!tpl) return;
      for (const key of templates.get(tpl.name)) {
        // x.stats.range += 25, x.stats.range = ..., x.stats.push(...): a change made through one copy
        const m = new RegExp(`[\\w$\\]]\\s*\\.\\s*${key}\\s*\\.\\s*\\w+\\s*(\\+\\+|--|[-+*/]?=(?!=))|[\\w$\\]]\\s*\\.\\s*${key}\\s*\\.\\s*(push|splice|pop|shift|unshift)\\s*\\(`).exec(this.code);
        if (!m || new RegExp(`(^|[^\\w$.])${tpl.name}\\s*\\.\\s*${key}\\s*\\.`).test(this.code.slice(m.index - tpl.name.length - 1, m.index + m[0].length))) continue;
        this.sharedTemplateFound = true;
        const line = this.code.slice(0, m.index).split('\n').length;
        this.add('misplaced', true, `${this.code.slice(n.start, n.end).slice(0, 60)} (line ${lineOf(n)}) copies ${tpl.name} one level deep: its ${key} object is shared, not copied, so the change on line ${line} changes ${key} for every object made from ${tpl.name} (structuredClone(${tpl.name}), or copy ${key} too)`, lineOf(n), `structuredClone(${tpl.name})`);
        return;
      }
    });
  }

  // gem.col = c; gem.row = r on a sprite, then Math.abs(a.x - gem.x) + Math.abs(a.y - gem.y) === 1: x and y are the
  // sprite's place in pixels (a cell apart is the cell's size), so neighbours are never one apart
  pixelsAsCellSteps() {
    const GRID = /^(col|row|column|gx|gy|gridX|gridY|cellX|cellY|tileX|tileY|cx|cy|c|r|i|j)$/;
    const gridNames = new Set();
    for (const a of this.assigns) {
      const parts = a.path.split('.');
      if (parts.length !== 2 || !GRID.test(parts[1])) continue;
      const shown = (v) => v && this.creation(v).made && /(^|\.)(add|physics\.add)\.(image|sprite|rectangle|circle|text|container)$/.test(memberPath(this.creation(v).made.callee) || '');
      const made = this.bindings().some(([p, v]) => p === parts[0] && shown(v)) || (this.decls.get(parts[0]) || []).some((d) => shown(d.init));
      if (made) gridNames.add(parts[0]);
    }
    if (!gridNames.size) return;
    // names that hold such an object: const a = this.selected where this.selected = gem
    const holders = new Set(gridNames);
    for (const a of this.assigns) if (a.value.type === 'Identifier' && gridNames.has(a.value.name)) holders.add(a.path);
    for (const [name, v] of this.bindings()) if (holders.has(memberPath(v) || '')) holders.add(name);
    const diff = (e, axis) => e && e.type === 'CallExpression' && memberPath(e.callee) === 'Math.abs' && e.arguments[0] && e.arguments[0].type === 'BinaryExpression' && e.arguments[0].operator === '-'
      && [e.arguments[0].left, e.arguments[0].right].every((s) => s.type === 'MemberExpression' && !s.computed && s.property.name === axis) ? [memberPath(e.arguments[0].left.object), memberPath(e.arguments[0].right.object)] : null;
    walk(this.ast, (n) => {
      if (this.cellStepFound || n.type !== 'BinaryExpression' || !['===', '==', '<=', '<'].includes(n.operator)) return;
      const one = literalValue(n.right);
      if (!one.ok || one.value !== (n.operator === '<' ? 2 : 1) || n.left.type !== 'BinaryExpression' || n.left.operator !== '+') return;
      const dx = diff(n.left.left, 'x');
      const dy = diff(n.left.right, 'y');
      if (!dx || !dy || !dx.concat(dy).some((p) => holders.has(p))) return;
      this.cellStepFound = true;
      const who = dx.concat(dy).find((p) => gridNames.has(p)) || dx.concat(dy).find((p) => holders.has(p));
      const owner = gridNames.has(who) ? who : [...gridNames][0];
      const field = this.assigns.find((a) => a.path.split('.')[0] === owner && GRID.test(a.path.split('.')[1]));
      this.add('wrong_argument', true, `${this.code.slice(n.start, n.end).slice(0, 80)} (line ${lineOf(n)}) counts cells with x and y, but ${who} is a game object whose x and y are pixels (its cell is kept in ${field ? field.path : 'fields of its own'}, line ${field ? field.line : '?'}): neighbours are a cell's size apart, never 1, so the test is never true (compare the cell fields)`, lineOf(n), 'the cell fields');
    });
  }

  // this.selected = HOUSE (1) in one place and this.selected = event.key ('1') in another, then === compares: the
  // field holds a number or a string depending on how it was set, and '1' === 1 is false
  keyStringBesideNumbers() {
    const numeric = (e) => { if (!e) return false; const v = literalValue(e.type === 'Identifier' ? this.localValue(e, null) : e); return v.ok && typeof v.value === 'number'; };
    const byPath = new Map();
    for (const a of this.assigns) { if (a.op !== '=' || !/^this\.\w+$/.test(a.path)) continue; if (!byPath.has(a.path)) byPath.set(a.path, []); byPath.get(a.path).push(a); }
    for (const [path, list] of byPath) {
      const fromKey = list.find((a) => a.value.type === 'MemberExpression' && !a.value.computed && a.value.property.name === 'key' && a.value.object.type === 'Identifier');
      // a named number (HOUSE = 1), not a sentinel literal (this.last = 0 before any key)
      const fromNumber = list.find((a) => a.value.type === 'Identifier' && numeric(a.value));
      if (!fromKey || !fromNumber) continue;
      const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
      const strict = new RegExp(`${esc}\\s*[!=]==|[!=]==\\s*${esc}\\b`).test(this.code);
      if (!strict) continue;
      this.add('wrong_argument', true, `${path} = ${this.code.slice(fromKey.value.start, fromKey.value.end)} (line ${fromKey.line}) stores the key typed, a string ('1'), while ${path} = ${this.code.slice(fromNumber.value.start, fromNumber.value.end)} (line ${fromNumber.line}) stores a number: the === tests on ${path} never match a value set by a key ('1' === 1 is false) (Number(${this.code.slice(fromKey.value.start, fromKey.value.end)}))`, fromKey.line, `Number(${this.code.slice(fromKey.value.start, fromKey.value.end)})`);
      return;
    }
  }

  // g.fillRect(x, y, x + 48, y + 48): fillRect takes a width and a height, not the far corner, so the rectangle is as
  // wide as its distance from the left edge plus 48 (and each one a different size)
  rectCornerAsSize() {
    const text = (e) => this.code.slice(e.start, e.end).replace(/\s+/g, '');
    for (const c of this.calls) {
      if (!/^(fill|stroke)(Rect|RoundedRect)$/.test(c.name) || c.n.arguments.length < 4) continue;
      const [x, y, w, h] = c.n.arguments;
      const grows = (size, from) => size.type === 'BinaryExpression' && size.operator === '+' && text(size.left) === text(from) && literalValue(from).ok === false;
      if (!grows(w, x) || !grows(h, y)) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end).slice(0, 80)} (line ${lineOf(c.n)}): ${c.name}() takes (x, y, width, height), and ${text(w)} is the far corner, not a width: the rectangle is ${text(x)} wider than meant (and so is its height), and each one comes out another size (${c.name}(${text(x)}, ${text(y)}, ${text(w.right)}, ${text(h.right)}))`, lineOf(c.n), 'width and height');
      return;
    }
  }

  // body.setBounce(1) with onWorldBounds, and a 'worldbounds' handler that turns the velocity round again: Arcade has
  // already bounced it, so the second turn sends it back into the wall and it sticks there
  bounceTurnedTwice() {
    const bounced = this.calls.find((c) => c.name === 'setBounce' && c.n.arguments.length && c.n.arguments.every((a) => { const v = literalValue(a); return v.ok && typeof v.value === 'number' && v.value > 0; }));
    if (!bounced) return;
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      if (!['on', 'once'].includes(c.name) || !/(^|\.)physics\.world$/.test(c.on || '') || !ev || ev.type !== 'Literal' || ev.value !== 'worldbounds') continue;
      const h = this.handlerFunction(c.n.arguments[1]);
      if (!h || !h.params.length || h.params[0].type !== 'Identifier') continue;
      const b = h.params[0].name.replace(/\$/g, '\\$');
      const turn = new RegExp(`\\b${b}\\s*\\.\\s*velocity\\s*\\.\\s*[xy]\\s*\\*=\\s*-\\s*1\\b|\\b${b}\\s*\\.\\s*velocity\\s*\\.\\s*([xy])\\s*=\\s*-\\s*${b}\\s*\\.\\s*velocity\\s*\\.\\s*\\1\\b|\\b${b}\\s*\\.\\s*setVelocity[XY]?\\s*\\(\\s*-\\s*${b}\\s*\\.\\s*velocity[^)]*\\)`).exec(this.code.slice(h.body.start, h.body.end));
      if (!turn) continue;
      const line = this.code.slice(0, h.body.start + turn.index).split('\n').length;
      this.add('wrong_argument', true, `${turn[0]} (line ${line}) turns the velocity round in the 'worldbounds' handler, but ${this.code.slice(bounced.n.start, bounced.n.end)} (line ${lineOf(bounced.n)}) already makes Arcade bounce it off the wall before the event: turned twice, the body heads back into the wall and sticks there (count the bounce in the handler, and let setBounce turn it)`, line, 'one turn');
      return;
    }
  }

  // this.diamonds.length on a Group: a Group is not an array and has no length (undefined), so a test against it is
  // never true and a count shown from it is empty
  groupLength() {
    const groups = this.bindings().filter(([, v]) => { const m = this.creation(v).made; return m && /(^|\.)(add|physics\.add)\.(group|staticGroup)$/.test(memberPath(m.callee) || ''); }).map(([p]) => p);
    for (const path of groups) {
      const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
      const m = new RegExp(`(^|[^\\w$.])${esc}\\s*\\.\\s*length\\b`).exec(this.code);
      if (!m || (this.assigns.filter((a) => a.path === path).length > 1)) continue;
      const line = this.code.slice(0, m.index + m[1].length).split('\n').length;
      this.add('never_fires', true, `${path}.length (line ${line}): ${path} is a Group, which is not an array and has no length, so this is undefined: a test against it is never true and a number shown from it is empty (${path}.getLength(), or countActive(true))`, line, `${path}.getLength()`);
      return;
    }
  }

  // let dir = enemy.getData('dir'); if (...) dir = -1; enemy.setVelocityX(dir * speed), with no setData('dir', dir): the
  // change lives only in the local, and the next frame reads the old value again
  dataCopyNeverStored() {
    walk(this.ast, (d, parent, key, ctx) => {
      if (this.dataCopyFound || d.type !== 'VariableDeclarator' || d.id.type !== 'Identifier' || !d.init || d.init.type !== 'CallExpression' || d.init.callee.type !== 'MemberExpression' || d.init.callee.property.name !== 'getData' || !ctx.fn) return;
      const k = d.init.arguments[0];
      if (!k || k.type !== 'Literal' || typeof k.value !== 'string') return;
      const local = d.id.name;
      const body = this.code.slice(ctx.fn.start, ctx.fn.end);
      const esc = local.replace(/\$/g, '\\$');
      const changed = new RegExp(`(^|[^\\w$.])${esc}\\s*(=(?!=)|[-+*/]=|\\+\\+|--)|(\\+\\+|--)\\s*${esc}\\b`).exec(this.code.slice(d.end, ctx.fn.end));
      if (!changed) return;
      const keyEsc = k.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // stored back: setData('dir', ...), data.set('dir'), data.values.dir = ..., incData/toggleData
      if (new RegExp(`(setData|data\\s*\\.\\s*set|incData|toggleData)\\s*\\(\\s*['"\`]${keyEsc}['"\`]|values\\s*\\.\\s*${keyEsc}\\s*(=|[-+*/]=|\\+\\+|--)|setData\\s*\\(\\s*\\{`).test(body)) return;
      // the changed value is used in this run only on purpose when the function reads it once for a one-off (no loop, no update)
      if (!(ctx.roles.includes('update') || ctx.handedTo.some((h) => /forEach|iterate|each/.test(h || '')) || this.loopAround(d, ctx.fn))) return;
      this.dataCopyFound = true;
      const line = this.code.slice(0, d.end + changed.index).split('\n').length;
      this.add('never_fires', true, `${local} = ${this.code.slice(d.init.start, d.init.end)} (line ${lineOf(d)}) copies the data value, and the change to ${local} (line ${line}) is never stored back (no setData('${k.value}', ...)): the next frame reads the old '${k.value}' again, so the change lasts one frame (setData('${k.value}', ${local}))`, line, `setData('${k.value}', ${local})`);
    });
  }

  // if (moving) { ... } else if (moving && running) { ... }: the else-if asks for what the first if already took, and
  // more, so it is never reached
  elseIfSubsumed() {
    const text = (e) => this.code.slice(e.start, e.end).replace(/\s+/g, '');
    const conj = (e) => (e.type === 'LogicalExpression' && e.operator === '&&' ? [...conj(e.left), ...conj(e.right)] : [text(e)]);
    walk(this.ast, (n) => {
      if (this.subsumedFound || n.type !== 'IfStatement' || !n.alternate || n.alternate.type !== 'IfStatement') return;
      const earlier = [];
      let cur = n;
      while (cur && cur.type === 'IfStatement') {
        const parts = conj(cur.test);
        // a test whose every part an earlier test already asked (that earlier test alone): never reached
        const taken = earlier.find((e) => e.parts.every((p) => parts.includes(p)));
        if (taken && parts.length > taken.parts.length && !/\(\)|\+\+|--|=(?!=)/.test(text(cur.test).replace(/[!=]==?|[<>]=/g, ''))) {
          this.subsumedFound = true;
          this.add('never_fires', true, `else if (${text(cur.test)}) (line ${lineOf(cur)}) is never reached: the earlier if (${text(taken.node.test)}) (line ${lineOf(taken.node)}) is true whenever this is, and takes those cases first (test the narrower case first)`, lineOf(cur), 'the narrower case first');
          return;
        }
        earlier.push({ parts, node: cur });
        cur = cur.alternate;
      }
    });
  }

  // make.tilemap({ data }) from rows with no -1, and setCollisionByExclusion([-1]): -1 is the empty tile of a loaded
  // map, but these rows use their own indexes (0 the floor), so every tile collides, the floor too
  exclusionWithoutEmpty() {
    const ex = this.calls.find((c) => c.name === 'setCollisionByExclusion' && c.n.arguments[0] && c.n.arguments[0].type === 'ArrayExpression' && c.n.arguments[0].elements.length === 1 && literalValue(c.n.arguments[0].elements[0]).value === -1);
    if (!ex) return;
    const made = this.calls.find((c) => c.name === 'tilemap' && /(^|\.)make$/.test(c.on || '') && c.n.arguments[0] && c.n.arguments[0].type === 'ObjectExpression');
    const dataProp = made && made.n.arguments[0].properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'data');
    if (!dataProp) return;
    const rows = this.localValue(dataProp.value.type === 'Identifier' ? dataProp.value : dataProp.value, null);
    if (!rows || rows.type !== 'ArrayExpression' || !rows.elements.length || !rows.elements.every((r) => r && r.type === 'ArrayExpression')) return;
    const values = new Set();
    for (const r of rows.elements) for (const e of r.elements) { const v = literalValue(e); if (!v.ok || typeof v.value !== 'number') return; values.add(v.value); }
    if (values.has(-1) || values.size < 2) return;
    this.add('never_fires', true, `${this.code.slice(ex.n.start, ex.n.end)} (line ${lineOf(ex.n)}) leaves out only -1, but the map's rows (line ${lineOf(rows)}) have no -1: their tiles are ${[...values].sort((a, b) => a - b).join(', ')}, so every tile collides, the floor (${Math.min(...values)}) too (setCollisionByExclusion([-1, ${Math.min(...values)}]), or setCollision() with the wall indexes)`, lineOf(ex.n), `setCollisionByExclusion([-1, ${Math.min(...values)}])`);
  }

  // physics.add.group({ velocityX: -this.speed }) while this.speed grows: the group reads its config once, when it is
  // made, so every member gets the first speed however the field changes
  groupConfigFieldCopied() {
    const KEYS = /^(velocityX|velocityY|bounceX|bounceY|dragX|dragY|gravityX|gravityY|accelerationX|accelerationY|maxVelocityX|maxVelocityY)$/;
    for (const c of this.calls) {
      if (!/^(group|staticGroup)$/.test(c.name) || !/(^|\.)physics\.add$/.test(c.on || '')) continue;
      const cfg = c.n.arguments.find((a) => a && a.type === 'ObjectExpression');
      if (!cfg) continue;
      for (const q of cfg.properties) {
        if (q.type !== 'Property' || !q.key || !KEYS.test(q.key.name || q.key.value || '')) continue;
        const m = /this\.\w+/.exec(this.code.slice(q.value.start, q.value.end));
        if (!m) continue;
        const field = m[0];
        const esc = field.replace(/[.$]/g, (ch) => '\\' + ch);
        const change = new RegExp(`${esc}\\s*(\\+\\+|--|[-+*/]=)|(\\+\\+|--)\\s*${esc}\\b`).exec(this.code);
        if (!change) continue;
        // the members' speed set again where they are taken (box.setVelocityX(-this.speed))
        const key = q.key.name || q.key.value;
        const setter = key.replace(/^(velocity|bounce|drag|gravity|acceleration|maxVelocity)([XY])$/, (all, a, b) => `set${a[0].toUpperCase()}${a.slice(1)}${b}`);
        if (new RegExp(`\\.\\s*(${setter}|${setter.slice(0, -1)})\\s*\\(|\\.\\s*${key.replace(/[XY]$/, '')}\\s*\\.\\s*${key.slice(-1).toLowerCase()}\\s*=`).test(this.code)) continue;
        const line = this.code.slice(0, change.index).split('\n').length;
        this.add('never_fires', true, `${key}: ${this.code.slice(q.value.start, q.value.end)} (line ${lineOf(q)}) is read once, when the group is made: members get that first value however ${field} changes later (line ${line}), so they never speed up (set ${setter}(...) on each member when it is taken)`, lineOf(q), `${setter}(...) per member`);
        return;
      }
    }
  }

  // rock.destroy(); this.split(rock) where split reads rock.getData('size'): destroy() throws the object's data away, so
  // what is read afterwards is undefined
  dataReadAfterDestroy() {
    walk(this.ast, (blk) => {
      if (this.dataAfterDestroyFound || (blk.type !== 'BlockStatement' && blk.type !== 'Program')) return;
      const stmts = blk.body;
      for (let i = 0; i < stmts.length; i++) {
        const st = stmts[i];
        const e = st.type === 'ExpressionStatement' ? st.expression : null;
        if (!e || e.type !== 'CallExpression' || e.callee.type !== 'MemberExpression' || e.callee.property.name !== 'destroy' || e.arguments.length) continue;
        const who = memberPath(e.callee.object);
        if (!who) continue;
        const esc = who.replace(/[.$]/g, (ch) => '\\' + ch);
        for (const later of stmts.slice(i + 1)) {
          const t = this.code.slice(later.start, later.end);
          if (new RegExp(`(^|[^\\w$.])${esc}\\s*=(?!=)`).test(t)) break;
          let hit = new RegExp(`(^|[^\\w$.])${esc}\\s*\\.\\s*(getData|data\\s*\\.\\s*(get|values))\\b`).test(t) ? later : null;
          // handed to a method of the program that reads its data
          if (!hit) {
            walk(later, (c) => {
              if (hit || c.type !== 'CallExpression') return;
              // this.split(rock), split(rock), split.call(this, rock)
              const viaCall = c.callee.type === 'MemberExpression' && c.callee.property.name === 'call' && c.callee.object.type === 'Identifier';
              const name = viaCall ? c.callee.object.name : c.callee.type === 'MemberExpression' && c.callee.object.type === 'ThisExpression' ? c.callee.property.name : c.callee.type === 'Identifier' ? c.callee.name : null;
              const i2 = (viaCall ? c.arguments.slice(1) : c.arguments).findIndex((a) => memberPath(a) === who);
              const fn = name && i2 >= 0 ? this.namedFunction(name) : null;
              const p = fn && fn.params[i2];
              if (p && p.type === 'Identifier' && new RegExp(`\\b${p.name}\\s*\\.\\s*(getData|data\\s*\\.\\s*(get|values))\\b`).test(this.code.slice(fn.body.start, fn.body.end))) hit = c;
            });
          }
          if (!hit) continue;
          this.dataAfterDestroyFound = true;
          this.add('never_fires', true, `${this.code.slice(e.start, e.end)} (line ${lineOf(e)}) comes before ${this.code.slice(hit.start, hit.end).split('\n')[0].slice(0, 60)} (line ${lineOf(hit)}), which reads ${who}'s data: destroy() throws the data away, so what is read is undefined (read it first, then destroy)`, lineOf(hit), 'destroy last');
          return;
        }
      }
    });
  }

  // this.timer = addEvent({ delay: 1000, loop: true }) and setText(... this.timer.getElapsedSeconds()): a looping timer's
  // elapsed time starts again at each loop, so a clock shown from it never passes the delay
  loopingTimerAsClock() {
    for (const [path, v] of this.bindings()) {
      const cfg = v && v.type === 'CallExpression' && v.callee.type === 'MemberExpression' && v.callee.property.name === 'addEvent' && v.arguments[0] && v.arguments[0].type === 'ObjectExpression' ? v.arguments[0] : null;
      if (!cfg) continue;
      const loop = cfg.properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'loop');
      if (!loop || !(loop.value.type === 'Literal' && loop.value.value === true)) continue;
      const read = this.calls.find((c) => c.on === path && /^getElapsed(Seconds)?$/.test(c.name) && this.calls.some((t) => t.name === 'setText' && t.n.start <= c.n.start && c.n.end <= t.n.end));
      if (!read) continue;
      this.add('never_fires', true, `${this.code.slice(read.n.start, read.n.end)} (line ${lineOf(read.n)}) shows the elapsed time of a looping timer (line ${lineOf(cfg)}), which starts again from 0 at each loop: the clock never passes one delay (count the loops, or use this.time.now)`, lineOf(read.n), 'a count of the loops');
      return;
    }
  }

  // styleWithoutRedraw's mistake in a helper of the program rather than a handler, on a Graphics kept in a field of an
  // object (lightPad(pad, color) { pad.g.fillStyle(color, 1); }): nothing already drawn changes colour
  styleWithoutRedrawInHelper() {
    const DRAW = /^(fill|stroke)\w*$|^(clear|generateTexture|lineBetween|arc|beginPath)$/;
    for (const c of this.calls) {
      if (c.name !== 'fillStyle' || !c.ctx.fn || !c.on) continue;
      const g = this.chainRoot(c.n) || c.on;
      // only as a statement of its own, in a function that draws nothing else on g and hands g nowhere
      const fn = c.ctx.fn;
      const esc = g.replace(/[.$]/g, (ch) => '\\' + ch);
      const body = this.code.slice(fn.body.start, fn.body.end);
      const uses = [...body.matchAll(new RegExp(`(^|[^\\w$.])${esc}(?![\\w$])\\s*(\\.\\s*(\\w+))?`, 'g'))];
      if (uses.some((u) => !u[3] || (u[3] !== 'fillStyle' && (DRAW.test(u[3]) || !/^(setAlpha|setDepth|setVisible|lineStyle|fillStyle)$/.test(u[3]))))) continue;
      // chained drawing after it (g.fillStyle(c).fillRect(...)) is a call on the chain, not on g
      if (this.calls.some((k) => k !== c && this.chainRoot(k.n) === g && k.n.start <= c.n.start && c.n.end <= k.n.end)) continue;
      const owner = g.includes('.') ? g.split('.').slice(0, -1).join('.') : null;
      if (!this.calls.some((k) => (k.on === g || this.chainRoot(k.n) === g) && /^fill(Rect|RoundedRect|Circle|Ellipse|Triangle|Points)$/.test(k.name) && k.ctx.fn !== fn) && !owner) continue;
      if (!/Function/.test(fn.type) || fn.params.length > 3) continue;
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) only sets the colour of what ${g} fills next, and nothing is filled after it here: the shapes already drawn keep their colour, so nothing changes on screen (${g}.clear(), then fill the shape again)`, lineOf(c.n), 'clear() and fill again');
      return;
    }
  }

  // input.on('dragend', (pointer, piece, dropped) => { if (dropped && ...) snap(); }) with no drop zone anywhere:
  // dropped is true only when the object is let go over a drop zone, so the snap never happens
  droppedWithoutZones() {
    if (/dropzone/i.test(this.code)) return;
    for (const c of this.calls) {
      const ev = c.n.arguments[0];
      if (!['on', 'once'].includes(c.name) || !ev || ev.type !== 'Literal' || ev.value !== 'dragend') continue;
      const h = this.handlerFunction(c.n.arguments[1]);
      // the input plugin's (pointer, gameObject, dropped); a game object's own (pointer, dragX, dragY, dropped)
      const at = /(^|\.)input$/.test(c.on || '') ? 2 : 3;
      const p = h && h.params[at];
      if (!p || p.type !== 'Identifier' || !new RegExp(`\\b${p.name}\\b`).test(this.code.slice(h.body.start, h.body.end))) continue;
      this.add('never_fires', true, `the 'dragend' handler (line ${lineOf(h)}) tests ${p.name}, which is true only when the object is let go over a drop zone, and no object is ever made a drop zone (setInteractive({ dropZone: true })): ${p.name} is always false (test the distance alone, or add the zone)`, lineOf(h), 'a drop zone');
      return;
    }
  }

  // setData('health', hp - 1) while every read is getData('hp'): a key written that nothing reads and a key read that
  // nothing writes, so the value read never changes
  dataKeysNeverMeet() {
    const lit = (a) => (a && a.type === 'Literal' && typeof a.value === 'string' ? a.value : null);
    const written = new Map();
    const read = new Map();
    for (const c of this.calls) {
      const k = lit(c.n.arguments[0]);
      if (['setData', 'incData', 'toggleData'].includes(c.name) || (c.name === 'set' && /(^|\.)data$/.test(c.on || ''))) {
        if (k === null) { if (!(c.n.arguments[0] && c.n.arguments[0].type === 'ObjectExpression')) return; for (const q of c.n.arguments[0].properties) { if (q.type !== 'Property' || q.computed) return; written.set(q.key.name || q.key.value, c); } continue; }
        written.set(k, c);
      } else if (c.name === 'getData' || (c.name === 'get' && /(^|\.)data$/.test(c.on || ''))) {
        if (k === null) return;
        if (!read.has(k)) read.set(k, c);
      }
    }
    if (/data\s*\.\s*values\b|setDataEnabled|\.data\s*\.\s*(each|getAll|query|list)\b/.test(this.code)) return;
    // a key read whose only writes are the first values given straight in create()/init() is never changed
    const setUp = new Set([...this.lifecycle('create'), ...this.lifecycle('init')]);
    const changes = new Set(this.calls.filter((c) => ['setData', 'incData', 'toggleData', 'set'].includes(c.name) && !setUp.has(c.ctx.fn)).flatMap((c) => {
      const a = c.n.arguments[0];
      return lit(a) !== null ? [lit(a)] : a && a.type === 'ObjectExpression' ? a.properties.map((q) => q.key && (q.key.name || q.key.value)) : [];
    }));
    const stale = new Set([...read.keys()].filter((k) => !written.has(k) || (!changes.has(k) && written.get(k) && setUp.has(written.get(k).ctx.fn))));
    // a read-modify-write across the two keys: setData('health', hp - 1) where hp = getData('hp')
    const fromKey = (v, fn) => {
      if (!v) return null;
      let k = null;
      walk(v, (m) => {
        if (k) return;
        const e = m.type === 'Identifier' ? this.localValue(m, fn) : m;
        if (e && e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && e.callee.property.name === 'getData' && stale.has(lit(e.arguments[0]))) k = lit(e.arguments[0]);
      });
      return k;
    };
    const w = this.calls.find((c) => c.name === 'setData' && lit(c.n.arguments[0]) !== null && !read.has(lit(c.n.arguments[0])) && fromKey(c.n.arguments[1], c.ctx.fn));
    if (!w) return;
    const missingKey = fromKey(w.n.arguments[1], w.ctx.fn);
    const missing = [missingKey];
    const unread = [lit(w.n.arguments[0])];
    const r = read.get(missingKey);
    this.add('never_fires', true, `${this.code.slice(r.n.start, r.n.end)} (line ${lineOf(r.n)}) reads '${missing[0]}', which nothing ${written.has(missing[0]) ? 'changes after its first value' : 'ever writes'}, while ${this.code.slice(w.n.start, w.n.end).slice(0, 60)} (line ${lineOf(w.n)}) writes '${unread[0]}', which nothing reads: the two keys never meet, so the value read never changes (one key for both)`, lineOf(w.n), `the key '${missing[0]}'`);
  }

  // if (this.gameOver) return; where nothing ever sets this.gameOver: the field is always undefined, so the guard never
  // stops anything
  fieldNeverSet() {
    const SCENE = /^(game|sys|events|cameras|add|make|scene|children|lights|data|input|load|time|tweens|physics|matter|registry|sound|textures|anims|cache|plugins|renderer|scale|facebook|parent|body|active|visible|x|y|width|height|scrollFactorX|scrollFactorY|alpha|depth)$/;
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.neverSetFound || n.type !== 'IfStatement' || !ctx.cls) return;
      const t = n.test.type === 'UnaryExpression' && n.test.operator === '!' ? n.test.argument : n.test;
      if (t.type !== 'MemberExpression' || t.computed || t.object.type !== 'ThisExpression' || SCENE.test(t.property.name)) return;
      const name = t.property.name;
      const cls = ctx.cls;
      // `this` is the scene: the test sits in one of its methods, not in a function () {} callback inside one
      const method = cls.body.body.find((m) => m.type === 'MethodDefinition' && m.value.start <= n.start && n.end <= m.value.end);
      let rebound = false;
      if (method) walk(method.value.body, (f) => { if (!rebound && (f.type === 'FunctionExpression' || f.type === 'FunctionDeclaration') && f.start <= n.start && n.end <= f.end) rebound = true; });
      if (!method || rebound) return;
      const clsText = this.code.slice(cls.start, cls.end);
      // set anywhere: this.f = / this.f++, a class field, a key of an object handed to Object.assign(this, ...) or set by name
      if (new RegExp(`\\.\\s*${name}\\s*(=(?!=)|[-+*/|&]=|\\+\\+|--)|(\\+\\+|--)\\s*this\\.${name}\\b|^\\s*${name}\\s*[=;]|Object\\.assign\\s*\\(\\s*this|this\\s*\\[|['"\`]${name}['"\`]|\\b${name}\\s*:`, 'm').test(this.code)) return;
      if (cls.superClass && !/^(Phaser\.)?Scene$|Phaser\.Scene$/.test(memberPath(cls.superClass) || '')) return;
      if (!/Scene/.test(memberPath(cls.superClass) || '') || !/\bcreate\s*\(/.test(clsText)) return;
      this.neverSetFound = true;
      this.add('never_fires', true, `if (${this.code.slice(n.test.start, n.test.end)}) (line ${lineOf(n)}) tests this.${name}, which nothing in the program ever sets: it is always undefined, so ${n.test === t ? 'the branch never runs' : 'the test is always true'} (set this.${name} where the state changes)`, lineOf(n), `this.${name} = ...`);
    });
  }

  // this.events.once(Phaser.Scenes.Events.READY, ...) in create(): a scene emits 'start' and 'ready' before its
  // create() runs, so the handler misses this run
  lateSceneStartListener() {
    for (const fn of this.lifecycle('create')) {
      for (const c of this.calls) {
        if (!['on', 'once'].includes(c.name) || !/^this\.(events|sys\.events)$/.test(c.on || '') || c.ctx.fn !== fn || !c.n.arguments[0]) continue;
        const a = c.n.arguments[0];
        const ev = a.type === 'Literal' ? a.value : /(^|\.)Scenes\.Events\.(READY|START|BOOT|PRE_RENDER_NEVER)$/.test(memberPath(a) || '') ? /\.(\w+)$/.exec(memberPath(a))[1].toLowerCase() : null;
        if (!['ready', 'start', 'boot'].includes(ev)) continue;
        this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end).split('\n')[0].slice(0, 70)} (line ${lineOf(c.n)}) in create(): the scene emits '${ev}' before create() runs, so this handler misses the run it was added in (do it straight in create(), or listen for 'create')`, lineOf(c.n), "straight in create()");
        return;
      }
    }
  }

  // addEvent({ repeat: MAX - 1, callback: tick }) with tick() { this.progress++; if (this.progress > MAX) done(); }: the
  // timer runs MAX times, so the count stops at MAX and never passes it
  countPastItsTimer() {
    const num = (e) => { if (!e) return null; if (e.type === 'BinaryExpression' && ['+', '-'].includes(e.operator)) { const a = num(e.left); const b = num(e.right); return a === null || b === null ? null : e.operator === '+' ? a + b : a - b; } return this.numberOf(e); };
    for (const c of this.calls) {
      const cfg = c.name === 'addEvent' && c.n.arguments[0] && c.n.arguments[0].type === 'ObjectExpression' ? c.n.arguments[0] : null;
      if (!cfg) continue;
      const keyed = (k) => { const q = cfg.properties.find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === k); return q ? q.value : null; };
      const repeat = num(keyed('repeat'));
      const h = this.handlerFunction(keyed('callback'));
      if (repeat === null || repeat < 0 || !h || keyed('loop')) continue;
      const body = this.code.slice(h.body.start, h.body.end);
      const step = /this\.(\w+)\s*(\+\+|\+=\s*1\b)|\+\+\s*this\.(\w+)/.exec(body);
      if (!step) continue;
      const field = 'this.' + (step[1] || step[3]);
      const esc = field.replace(/[.$]/g, (ch) => '\\' + ch);
      if ((body.match(new RegExp(`${esc}\\s*(\\+\\+|[-+]=)|(\\+\\+|--)\\s*${esc}\\b`, 'g')) || []).length !== 1) continue;
      // stepped only by this timer, from a number set once
      if ((this.code.match(new RegExp(`${esc}\\s*(\\+\\+|--|[-+*/]=)|(\\+\\+|--)\\s*${esc}\\b`, 'g')) || []).length !== 1) continue;
      const starts = this.assigns.filter((a) => a.path === field && a.op === '=');
      if (starts.length !== 1 || this.numberOf(starts[0].value) === null) continue;
      // set and timed in the same function (a timer made again each round without the reset would count on)
      if (!c.ctx.fn || !(starts[0].value.start >= c.ctx.fn.start && starts[0].value.end <= c.ctx.fn.end) || this.withinCallback(c.ctx.fn, c.n)) continue;
      const last = this.numberOf(starts[0].value) + repeat + 1;
      let hit = null;
      walk(this.ast, (n) => {
        if (hit || n.type !== 'BinaryExpression' || !['>', '>=', '===', '=='].includes(n.operator) || memberPath(n.left) !== field) return;
        const k = num(n.right);
        if (k === null) return;
        if ((n.operator === '>' && k >= last) || (n.operator === '>=' && k > last) || (['===', '=='].includes(n.operator) && k > last)) hit = { n, k };
      });
      if (!hit) continue;
      this.add('never_fires', true, `${this.code.slice(hit.n.start, hit.n.end)} (line ${lineOf(hit.n)}) is never true: the timer of line ${lineOf(cfg)} runs ${repeat + 1} times (repeat ${repeat} + the first) and only it steps ${field}, from ${this.numberOf(starts[0].value)}, so ${field} stops at ${last} (test ${field} === ${last}, or >=)`, lineOf(hit.n), `${field} >= ${last}`);
      return;
    }
  }

  // DURATIONS = { GREEN: 4000, ... } read as DURATIONS[this.light] where this.light only ever holds 'green', 'yellow'
  // and 'red': no value of the field is a key of the table, so every lookup is undefined
  lookupKeysNeverHeld() {
    const tables = new Map(); // name -> { keys, strings (the string values, or null) }
    for (const [name, ds] of this.decls) {
      const init = ds.length === 1 ? ds[0].init : null;
      if (!init || init.type !== 'ObjectExpression' || !init.properties.length || this.writes.get(name)) continue;
      if (init.properties.some((q) => q.type !== 'Property' || q.computed)) continue;
      const keys = init.properties.map((q) => String(q.key.name !== undefined ? q.key.name : q.key.value));
      const strings = init.properties.every((q) => q.value.type === 'Literal' && typeof q.value.value === 'string') ? init.properties.map((q) => q.value.value) : null;
      tables.set(name, { keys, strings });
    }
    if (!tables.size) return;
    walk(this.ast, (m) => {
      if (this.lookupFound || m.type !== 'MemberExpression' || !m.computed || m.object.type !== 'Identifier' || !tables.has(m.object.name)) return;
      const field = memberPath(m.property);
      if (!field || !field.startsWith('this.')) return;
      const held = new Set();
      for (const a of this.assigns.filter((x) => x.path === field)) {
        const v = a.value;
        if (a.op !== '=') return;
        if (v.type === 'Literal' && typeof v.value === 'string') held.add(v.value);
        else if (v.type === 'MemberExpression' && v.computed && v.object.type === 'Identifier' && tables.has(v.object.name) && tables.get(v.object.name).strings) tables.get(v.object.name).strings.forEach((x) => held.add(x));
        else return;
      }
      const keys = tables.get(m.object.name).keys;
      if (!held.size || [...held].some((h) => keys.includes(h))) return;
      this.lookupFound = true;
      const near = keys.find((k) => held.has(k.toLowerCase()) || held.has(k.toUpperCase()));
      this.add('never_fires', true, `${this.code.slice(m.start, m.end)} (line ${lineOf(m)}): ${field} only ever holds ${[...held].slice(0, 4).map((h) => `'${h}'`).join(', ')}, and none of these is a key of ${m.object.name} (${keys.slice(0, 4).join(', ')}${near ? ': the case differs' : ''}), so the lookup is always undefined (use the same keys)`, lineOf(m), 'the same keys');
    });
  }

  // fox.hunger = 0 where hunger is kept with setData('hunger') and read with getData('hunger'): the property written is
  // not the data, so what getData reads never changes
  dataKeyWrittenAsField() {
    const keys = new Set();
    for (const c of this.calls) if (c.name === 'getData' && c.n.arguments[0] && c.n.arguments[0].type === 'Literal') keys.add(c.n.arguments[0].value);
    // key -> the names of the objects it is set on with setData (fox for fox.setData('hunger', 100))
    const owners = new Map();
    for (const c of this.calls) if (c.name === 'setData' && c.n.arguments[0] && c.n.arguments[0].type === 'Literal') { const k = c.n.arguments[0].value; if (!owners.has(k)) owners.set(k, new Set()); owners.get(k).add((c.on || '').split('.').pop()); }
    for (const a of this.assigns) {
      const parts = a.path.split('.');
      if (parts.length !== 2 || parts[0] === 'this' || !keys.has(parts[1]) || !owners.has(parts[1]) || !owners.get(parts[1]).has(parts[0])) continue;
      // the property read anywhere as a property (then it is a field of its own, kept beside the data)
      const esc = parts[1].replace(/\$/g, '\\$');
      const reads = [...this.code.matchAll(new RegExp(`\\.\\s*${esc}\\b(?!\\s*=[^=])`, 'g'))];
      if (reads.length) continue;
      this.add('never_fires', true, `${a.path} = ... (line ${a.line}) writes a property, but '${parts[1]}' is kept with setData() and read with getData('${parts[1]}'): the data is not changed, so what is read stays as it was (${parts[0]}.setData('${parts[1]}', ...))`, a.line, `${parts[0]}.setData('${parts[1]}', ...)`);
      return;
    }
  }

  // this.car.y += this.dir * step (step = speed * delta / 1000) and then if (this.car.y === goal): a position moved by
  // fractional steps never lands exactly on the goal, so it passes it
  exactArrivalOnFloatSteps() {
    walk(this.ast, (n) => {
      if (this.exactArrivalFound || n.type !== 'BinaryExpression' || !['===', '=='].includes(n.operator)) return;
      const pos = memberPath(n.left);
      if (!pos || !/\.(x|y)$/.test(pos) || literalValue(n.right).ok && typeof literalValue(n.right).value !== 'number') return;
      const esc = pos.replace(/[.$]/g, (ch) => '\\' + ch);
      const step = new RegExp(`${esc}\\s*[-+]=\\s*([^;\\n]+)`).exec(this.code);
      if (!step) return;
      // fractional: the step is worked out from the frame's delta, directly or through a local
      let expr = step[1];
      const local = expr.split(/[^\w$]+/).filter((w) => w && !/^\d/.test(w));
      for (const name of local) { const d = this.decls.get(name); if (d && d.length >= 1 && d[0].init) expr += ' ' + this.code.slice(d[0].init.start, d[0].init.end); }
      if (!/\bdelta\b|\bdt\b/.test(expr)) return;
      // snapped to the goal or clamped somewhere: then equality can hold
      if (new RegExp(`${esc}\\s*=\\s*(?!=)|Math\\.(min|max)\\s*\\(|Clamp\\s*\\(`).test(this.code.replace(step[0], ''))) return;
      this.exactArrivalFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) waits for ${pos} to land exactly on the goal, but it moves by ${step[1].trim().slice(0, 40)} a frame, worked out from the frame's delta: a fractional step never lands exactly, so it passes the goal and goes on (test how close it is, then set it there)`, lineOf(n), 'Math.abs(pos - goal) <= step');
    });
  }

  // rain.pause() and later rain.start(): pause() makes the emitter inactive, and start() only turns emitting back on,
  // so an emitter paused once never shows a particle again (resume(), or stop() in place of pause())
  emitterPausedThenStarted() {
    const emitters = new Set(this.bindings().filter(([, v]) => { const m = this.creation(v).made; return m && /(^|\.)add\.particles$/.test(memberPath(m.callee) || ''); }).map(([p]) => p));
    for (const path of emitters) {
      const paused = this.calls.find((c) => c.on === path && c.name === 'pause');
      const started = this.calls.find((c) => c.on === path && (c.name === 'start' || c.name === 'flow'));
      if (!paused || !started || this.calls.some((c) => c.on === path && c.name === 'resume') || new RegExp(`${path.replace(/[.$]/g, (ch) => '\\' + ch)}\\s*\\.\\s*active\\s*=`).test(this.code)) continue;
      this.add('never_fires', true, `${this.code.slice(paused.n.start, paused.n.end)} (line ${lineOf(paused.n)}) makes the emitter inactive, and ${this.code.slice(started.n.start, started.n.end)} (line ${lineOf(started.n)}) only turns its emitting back on: an inactive emitter is not updated, so after the pause no particle ever shows (stop() in place of pause(), or resume())`, lineOf(paused.n), 'stop() / resume()');
      return;
    }
  }

  // const fish = this.add.container(x, y, [sprite, bar]) and later if (d < fish.width / 2): a Container has no size of
  // its own (0 x 0) until setSize() is called, so what is measured by it is 0
  containerSizeRead() {
    const names = new Set();
    for (const [name, ds] of this.decls) if (ds.some((d) => d.init && this.creation(d.init).made && /(^|\.)add\.container$/.test(memberPath(this.creation(d.init).made.callee) || ''))) names.add(name);
    for (const [path, v] of this.bindings()) { const m = this.creation(v).made; if (m && /(^|\.)add\.container$/.test(memberPath(m.callee) || '')) names.add(path.split('.').pop()); }
    for (const name of names) {
      const esc = name.replace(/\$/g, '\\$');
      if (new RegExp(`\\b${esc}\\s*\\.\\s*(setSize|setDisplaySize|setInteractive)\\s*\\(|\\b${esc}\\s*\\.\\s*(width|height)\\s*=[^=]`).test(this.code)) continue;
      // a chained setSize where it is made (add.container(...).setSize(w, h))
      if (this.calls.some((c) => c.name === 'setSize' && this.chainRoot(c.n) === null && /add\.container/.test(this.code.slice(c.n.start, c.n.end)))) continue;
      const m = new RegExp(`(^|[^\\w$.])${esc}\\s*\\.\\s*(width|height|displayWidth|displayHeight)\\b(?!\\s*=[^=])`).exec(this.code);
      if (!m) continue;
      const line = this.code.slice(0, m.index + m[1].length).split('\n').length;
      this.add('never_fires', true, `${name}.${m[2]} (line ${line}) reads the size of a Container, which has none of its own (0) until setSize() is called: what is measured by it is 0, so the test or the layout that uses it never works (${name}.setSize(w, h), or the size of a child)`, line, `${name}.setSize(w, h)`);
      return;
    }
  }

  // matter collisionstart: this.bumpers.includes(pair.bodyA) where bumpers holds matter.add.image(...) game objects: a
  // pair holds Matter bodies, never game objects, so the test is never true (pair.bodyA.gameObject)
  pairBodyAgainstGameObjects() {
    const GO = /(^|\.)matter\.add\.(image|sprite|gameObject)$/;
    const objects = new Set();
    for (const [path, v] of this.bindings()) {
      const made = this.creation(v).made;
      if (made && GO.test(memberPath(made.callee) || '')) objects.add(path);
      // [...].map((p) => this.matter.add.image(...)): a list of them
      if (v && v.type === 'CallExpression' && v.callee.type === 'MemberExpression' && v.callee.property.name === 'map' && /Function/.test((v.arguments[0] || {}).type || '')) {
        const fn = v.arguments[0];
        const ret = fn.body.type === 'BlockStatement' ? null : fn.body;
        const m = ret && this.creation(ret).made;
        if (m && GO.test(memberPath(m.callee) || '')) objects.add(path);
      }
    }
    for (const c of this.calls) if (c.name === 'push' && c.n.arguments[0] && this.creation(c.n.arguments[0]).made && GO.test(memberPath(this.creation(c.n.arguments[0]).made.callee) || '')) objects.add(c.on);
    if (!objects.size) return;
    walk(this.ast, (n) => {
      if (this.pairBodyFound) return;
      let list = null;
      let body = null;
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && ['includes', 'indexOf'].includes(n.callee.property.name) && objects.has(memberPath(n.callee.object) || '')) { list = memberPath(n.callee.object); body = n.arguments[0]; }
      if (n.type === 'BinaryExpression' && ['===', '=='].includes(n.operator)) {
        for (const [a, b] of [[n.left, n.right], [n.right, n.left]]) if (objects.has(memberPath(a) || '') && b) { list = memberPath(a); body = b; }
      }
      if (!list || !body || body.type !== 'MemberExpression' || body.computed || !/^body[AB]$/.test(body.property.name)) return;
      this.pairBodyFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) looks for ${this.code.slice(body.start, body.end)}, a Matter body, among ${list}, which holds game objects (matter.add.image/sprite): a body is never its game object, so this is never true (${this.code.slice(body.start, body.end)}.gameObject)`, lineOf(n), `${this.code.slice(body.start, body.end)}.gameObject`);
    });
  }

  // this.snake.unshift({ x: nx, y: ny }) and then this.snake.some((s) => s.x === nx && s.y === ny): the new head is in
  // the list already, so the test finds it and is always true (test the body: slice(1), or test before unshift)
  listFindsItsNewHead() {
    walk(this.ast, (blk) => {
      if (this.newHeadFound || blk.type !== 'BlockStatement') return;
      const stmts = blk.body;
      for (let i = 0; i < stmts.length; i++) {
        const e = stmts[i].type === 'ExpressionStatement' ? stmts[i].expression : null;
        if (!e || e.type !== 'CallExpression' || e.callee.type !== 'MemberExpression' || !['unshift', 'push'].includes(e.callee.property.name) || e.arguments.length !== 1) continue;
        const list = memberPath(e.callee.object);
        const added = e.arguments[0];
        // the place added: { x: nx, y: ny } or a name
        const parts = added.type === 'ObjectExpression' ? added.properties.filter((q) => q.type === 'Property' && q.key).map((q) => [q.key.name || q.key.value, this.code.slice(q.value.start, q.value.end).replace(/\s+/g, '')]) : null;
        const name = added.type === 'Identifier' ? added.name : null;
        if (!list || (!parts && !name)) continue;
        for (const later of stmts.slice(i + 1)) {
          let hit = null;
          walk(later, (c) => {
            if (hit || c.type !== 'CallExpression' || c.callee.type !== 'MemberExpression' || !['some', 'find', 'findIndex', 'filter'].includes(c.callee.property.name) || memberPath(c.callee.object) !== list) return;
            const fn = c.arguments[0];
            if (!fn || !/Function/.test(fn.type) || !fn.params[0] || fn.params[0].type !== 'Identifier') return;
            const p = fn.params[0].name;
            const body = this.code.slice(fn.body.start, fn.body.end).replace(/\s+/g, '');
            const same = parts ? parts.length >= 2 && parts.every(([k, v]) => body.includes(`${p}.${k}===${v}`) || body.includes(`${v}===${p}.${k}`))
              : ['x', 'y'].every((k) => body.includes(`${p}.${k}===${name}.${k}`) || body.includes(`${name}.${k}===${p}.${k}`));
            if (same) hit = c;
          });
          if (!hit) continue;
          this.newHeadFound = true;
          this.add('never_fires', true, `${this.code.slice(hit.start, hit.end).slice(0, 70)} (line ${lineOf(hit)}) looks for the place just added to ${list} by ${e.callee.property.name}() (line ${lineOf(e)}): it is in the list already, so the test always finds it (look in the rest: ${list}.slice(${e.callee.property.name === 'unshift' ? '1' : '0, -1'}), or test before adding)`, lineOf(hit), `${list}.slice(1)`);
          return;
        }
      }
    });
  }

  // for (const a of aliens) if (a.x > W - 30) this.dir *= -1: the shared direction flips once for every member past
  // the edge, so with an even number of them it does not turn at all (note the edge in the loop, turn once after it)
  flipPerMember() {
    const flips = (st) => {
      let f = null;
      walk(st, (n) => {
        if (f) return;
        if (n.type === 'AssignmentExpression' && n.operator === '*=' && literalValue(n.right).ok && literalValue(n.right).value === -1 && /^this\.\w+$/.test(memberPath(n.left) || '')) f = n;
        if (n.type === 'AssignmentExpression' && n.operator === '=' && n.right.type === 'UnaryExpression' && n.right.operator === '-' && memberPath(n.right.argument) === memberPath(n.left) && /^this\.\w+$/.test(memberPath(n.left) || '')) f = n;
      });
      return f;
    };
    walk(this.ast, (n, parent, key) => {
      if (this.flipFound) return;
      let body = null;
      let item = null;
      if (n.type === 'ForOfStatement' && n.left.type === 'VariableDeclaration' && n.left.declarations[0].id.type === 'Identifier') { body = n.body; item = n.left.declarations[0].id.name; }
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && ['forEach', 'iterate', 'each'].includes(n.callee.property.name) && /Function/.test((n.arguments[0] || {}).type || '') && n.arguments[0].params[0] && n.arguments[0].params[0].type === 'Identifier') { body = n.arguments[0].body; item = n.arguments[0].params[0].name; }
      if (!body) return;
      walk(body, (iff) => {
        if (this.flipFound || iff.type !== 'IfStatement' || !new RegExp(`\\b${item}\\s*\\.`).test(this.code.slice(iff.test.start, iff.test.end))) return;
        const f = flips(iff.consequent);
        if (!f) return;
        // a break or return right after it stops the loop: one flip
        if (/\b(break|return)\b/.test(this.code.slice(iff.consequent.start, iff.consequent.end))) return;
        this.flipFound = true;
        const field = memberPath(f.left);
        this.add('never_fires', true, `${this.code.slice(f.start, f.end)} (line ${lineOf(f)}) turns ${field} inside the loop over each ${item}, once for every one that meets the test (line ${lineOf(iff)}): two at the edge turn it back again, so the group does not turn (note it in the loop, and turn ${field} once after it)`, lineOf(f), 'one turn after the loop');
      });
    });
  }

  // this.tweens.add({ ..., onComplete: () => { this.board[empty] = n; } }); if (this.isSolved()) ...: the test runs at
  // once, while the board changes only when the tween ends, so it judges the board before the move
  testBeforeTweenCommits() {
    walk(this.ast, (blk) => {
      if (this.tweenCommitFound || blk.type !== 'BlockStatement') return;
      const stmts = blk.body;
      for (let i = 0; i < stmts.length; i++) {
        const e = stmts[i].type === 'ExpressionStatement' ? stmts[i].expression : null;
        const cfg = e && e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && e.callee.property.name === 'add' && /(^|\.)tweens$/.test(memberPath(e.callee.object) || '') && e.arguments[0] && e.arguments[0].type === 'ObjectExpression' ? e.arguments[0] : null;
        const done = cfg && cfg.properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'onComplete' && /Function/.test(q.value.type));
        if (!done) continue;
        // the fields onComplete writes (this.board[i] = ..., this.board = ...)
        const fields = new Set();
        walk(done.value.body, (n) => {
          if (n.type !== 'AssignmentExpression') return;
          let t = n.left;
          while (t.type === 'MemberExpression' && t.computed) t = t.object;
          const path = memberPath(t);
          // a value of the game's state (a lock released with = false is not what a check reads)
          if (path && /^this\.\w+$/.test(path) && !(n.right.type === 'Literal' && typeof n.right.value === 'boolean')) fields.add(path);
        });
        if (!fields.size) continue;
        for (const later of stmts.slice(i + 1)) {
          if (later.type !== 'IfStatement') continue;
          const call = later.test.type === 'CallExpression' ? later.test : later.test.type === 'UnaryExpression' && later.test.argument.type === 'CallExpression' ? later.test.argument : null;
          if (!call || call.callee.type !== 'MemberExpression' || call.callee.object.type !== 'ThisExpression') continue;
          const fn = this.namedFunction(call.callee.property.name);
          const body = fn ? this.code.slice(fn.body.start, fn.body.end) : '';
          // written in this block outside the tween as well: the test sees the new state
          const outside = this.code.slice(blk.start, e.start) + this.code.slice(e.end, later.start);
          const read = [...fields].find((f) => new RegExp(`${f.replace(/[.$]/g, (ch) => '\\' + ch)}\\b`).test(body)
            && !new RegExp(`${f.replace(/[.$]/g, (ch) => '\\' + ch)}\\s*(\\[[^\\]]*\\]\\s*)*=(?!=)`).test(outside));
          if (!read) continue;
          this.tweenCommitFound = true;
          this.add('never_fires', true, `if (${this.code.slice(later.test.start, later.test.end)}) (line ${lineOf(later)}) runs right after the tween of line ${lineOf(e)} starts, but ${read} changes only in its onComplete (line ${lineOf(done)}): the test judges ${read} as it was before the move (test it in onComplete)`, lineOf(later), 'the test in onComplete');
          return;
        }
      }
    });
  }

  // the innermost function holding node (null at the top level)
  enclosingFunction(node) {
    let found = null;
    walk(this.ast, (n) => { if (/Function/.test(n.type) && n.start <= node.start && node.end <= n.end && (!found || n.start >= found.start)) found = n; });
    return found;
  }

  // tweens.add({ targets: this.ellipse, width: 120 }): an Ellipse, Arc, Star, Triangle or Polygon is drawn from its
  // path, built when it is made or given setSize(); width and height set afterwards change nothing drawn
  shapeSizeWithoutGeometry() {
    const shapes = new Map(this.bindings().map(([p, v]) => { const m = this.creation(v).made; const k = m && /(^|\.)add\.(ellipse|circle|arc|star|triangle|polygon)$/.exec(memberPath(m.callee) || ''); return k ? [p, k[2]] : null; }).filter(Boolean));
    if (!shapes.size) return;
    for (const c of this.calls) {
      const cfg = c.name === 'add' && /(^|\.)tweens$/.test(c.on || '') && c.n.arguments[0] && c.n.arguments[0].type === 'ObjectExpression' ? c.n.arguments[0] : null;
      if (!cfg) continue;
      const keyOf = (p) => p.type === 'Property' && p.key && (p.key.name || p.key.value);
      const targets = cfg.properties.find((p) => keyOf(p) === 'targets');
      const path = targets && memberPath(targets.value);
      const size = cfg.properties.find((p) => ['width', 'height'].includes(keyOf(p)));
      if (!path || !shapes.has(path) || !size || cfg.properties.some((p) => keyOf(p) === 'onUpdate')) continue;
      this.add('never_fires', true, `the tween of ${path}'s ${keyOf(size)} (line ${lineOf(size)}): ${/^[aeiou]/.test(shapes.get(path)) ? 'an' : 'a'} ${shapes.get(path)} shape is drawn from a path made when it is created (or by setSize()), and ${keyOf(size)} set afterwards does not rebuild it, so the shape is drawn at its first size all along (tween scaleX / scaleY, or setSize() in onUpdate)`, lineOf(size), 'scaleX / scaleY');
      return;
    }
  }

  // typed += e.key (text) and answer = a * b (a number), then if (typed === answer): a string is never === a number, so
  // every answer is judged wrong (Number(typed) === answer)
  textComparedWithNumber() {
    const writes = new Map(); // name or this.path -> [value nodes, with the operator]
    walk(this.ast, (n) => {
      if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init) { if (!writes.has(n.id.name)) writes.set(n.id.name, []); writes.get(n.id.name).push({ op: '=', v: n.init }); }
      const p = n.type === 'AssignmentExpression' ? memberPath(n.left) : null;
      if (p) { if (!writes.has(p)) writes.set(p, []); writes.get(p).push({ op: n.operator, v: n.right }); }
      if (n.type === 'UpdateExpression' && memberPath(n.argument)) { const q = memberPath(n.argument); if (!writes.has(q)) writes.set(q, []); writes.get(q).push({ op: '++', v: null }); }
    });
    const NUMBER_CALL = /^(Math\.\w+|Phaser\.Math\.(Between|FloatBetween|Clamp|RND\.between|RND\.integerInRange)|parseInt|parseFloat|Number)$/;
    const numeric = (n, depth = 0) => {
      if (!n || depth > 6) return false;
      if (n.type === 'Literal') return typeof n.value === 'number';
      if (n.type === 'UnaryExpression') return n.operator === '-' && numeric(n.argument, depth + 1);
      if (n.type === 'BinaryExpression') return ['-', '*', '/', '%'].includes(n.operator) || (n.operator === '+' && numeric(n.left, depth + 1) && numeric(n.right, depth + 1));
      if (n.type === 'ConditionalExpression') return numeric(n.consequent, depth + 1) && numeric(n.alternate, depth + 1);
      if (n.type === 'CallExpression') return NUMBER_CALL.test(memberPath(n.callee) || '');
      const name = n.type === 'Identifier' ? n.name : memberPath(n);
      const ws = name && writes.get(name);
      return !!ws && ws.every((w) => w.op === '++' || (['+=', '-=', '*='].includes(w.op) ? numeric(w.v, depth + 1) : w.op === '=' && numeric(w.v, depth + 1)));
    };
    const typedText = (n) => {
      const name = n.type === 'Identifier' ? n.name : memberPath(n);
      const ws = name && writes.get(name);
      if (!ws || !ws.some((w) => w.op === '+=')) return false;
      // '' to start, key names added on, cut with slice/substring: always a string
      return ws.every((w) => (w.op === '=' && ((w.v.type === 'Literal' && typeof w.v.value === 'string') || (w.v.type === 'CallExpression' && /\.(slice|substring|substr|trim)$/.test(memberPath(w.v.callee) || ''))))
        || (w.op === '+=' && (/\.key$/.test(memberPath(w.v) || '') || (w.v.type === 'Literal' && typeof w.v.value === 'string'))));
    };
    walk(this.ast, (n) => {
      if (this.textNumberFound || n.type !== 'BinaryExpression' || !['===', '!=='].includes(n.operator)) return;
      const pair = typedText(n.left) && numeric(n.right) ? [n.left, n.right] : typedText(n.right) && numeric(n.left) ? [n.right, n.left] : null;
      if (!pair) return;
      this.textNumberFound = true;
      const [t, num] = pair.map((x) => this.code.slice(x.start, x.end));
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) compares ${t}, text built from the keys typed, with ${num}, a number: with ${n.operator} a string never equals a number, so the test is ${n.operator === '===' ? 'never' : 'always'} true (Number(${t}) ${n.operator} ${num})`, lineOf(n), `Number(${t})`);
    });
  }

  // if (word.indexOf(letter)) { ... } else { misses++ }: indexOf gives -1 when the letter is missing (true) and 0 for
  // the first letter (false), so the test reads it the wrong way round (indexOf(...) !== -1, or includes())
  indexOfAsBoolean() {
    walk(this.ast, (n, parent, key) => {
      if (this.indexTestFound || !parent) return;
      const tested = (key === 'test' && ['IfStatement', 'ConditionalExpression', 'WhileStatement'].includes(parent.type)) || (parent.type === 'UnaryExpression' && parent.operator === '!') || (parent.type === 'LogicalExpression' && key !== undefined && parent.operator !== '??');
      if (!tested || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed || !['indexOf', 'lastIndexOf', 'findIndex', 'search'].includes(n.callee.property.name)) return;
      // s.indexOf('#') tested as "not at the start" is an idiom; a variable sought is a membership test
      const arg = n.arguments[0];
      if (!arg || (arg.type === 'Literal' && typeof arg.value === 'string')) return;
      if (parent.type === 'LogicalExpression') {
        // only where the whole && / || is itself a test
        let top = parent; const chain = [];
        walk(this.ast, (m, p, k) => { if (m === top) chain.push([p, k]); });
        const [pp, kk] = chain[0] || [];
        if (!pp || !((kk === 'test' && ['IfStatement', 'ConditionalExpression', 'WhileStatement'].includes(pp.type)) || (pp.type === 'UnaryExpression' && pp.operator === '!'))) return;
      }
      this.indexTestFound = true;
      const text = this.code.slice(n.start, n.end);
      this.add('wrong_argument', true, `${text} (line ${lineOf(n)}) is used as true or false, but ${n.callee.property.name}() gives a position: -1 when nothing is found (true) and 0 for the first place (false), so the test is the wrong way round for a miss and for the first match (${text} !== -1, or includes())`, lineOf(n), `${text} !== -1`);
    });
  }

  // img.setInteractive(new Phaser.Geom.Circle(0, 0, 50), Circle.Contains) on a 100 x 100 image: a hit area is placed in
  // the object's own frame, whose (0, 0) is its top-left corner, so only that corner can be clicked
  hitAreaAtCorner() {
    const pictures = new Set(this.bindings().filter(([, v]) => { const m = this.creation(v).made; return m && /(^|\.)(add|physics\.add)\.(image|sprite|text)$/.test(memberPath(m.callee) || ''); }).map(([p]) => p));
    for (const c of this.calls) {
      const shape = c.name === 'setInteractive' && pictures.has(c.on || '') && c.n.arguments[0] && c.n.arguments[0].type === 'NewExpression' ? c.n.arguments[0] : null;
      const kind = shape && /(^|\.)Geom\.(Circle|Ellipse|Rectangle)$/.exec(memberPath(shape.callee) || '');
      if (!kind) continue;
      const [x, y] = shape.arguments.map((a) => this.numberOf(a));
      const centred = kind[2] === 'Rectangle' ? (x !== null && y !== null && x < 0 && y < 0) : (x === 0 && y === 0);
      if (!centred) continue;
      this.add('misplaced', true, `${this.code.slice(c.n.start, c.n.end).slice(0, 80)} (line ${lineOf(c.n)}) places the hit area as if (0, 0) were the middle of ${c.on}, but a hit area is in the object's own frame, whose (0, 0) is its top-left corner: only the part over that corner can be clicked, and clicks on the middle miss (centre it on width / 2, height / 2)`, lineOf(c.n), 'centre the shape on width / 2, height / 2');
      return;
    }
  }

  // this.cue.enableBody(false, spot.x, spot.y, true, true): with reset false enableBody ignores the x and y given, so
  // the ball comes back where it was disabled (enableBody(true, x, y, ...))
  enableBodyWithoutReset() {
    const c = this.calls.find((k) => k.name === 'enableBody' && k.n.arguments.length >= 3 && literalValue(k.n.arguments[0]).value === false
      && k.n.arguments.slice(1, 3).some((a) => this.numberOf(a) !== 0));
    if (!c) return;
    const [, x, y] = c.n.arguments.map((a) => this.code.slice(a.start, a.end));
    this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}): with reset false, enableBody() ignores the place given (${x}, ${y}) and the body comes back where it was disabled (enableBody(true, ${x}, ${y}, ...))`, lineOf(c.n), 'enableBody(true, x, y, ...)');
  }

  // Phaser.Math.Clamp(0, this.power + step, 100): Clamp takes (value, min, max), so 0 is the value and the growing power
  // the minimum: the result is the power itself, never held at 100 (Clamp(this.power + step, 0, 100))
  clampValueLast() {
    // a bound: a number, a constant's name, or minus one of them
    const bound = (n) => this.numberOf(n) !== null || (n.type === 'UnaryExpression' && n.operator === '-' && bound(n.argument)) || (n.type === 'Identifier' && /^[A-Z][A-Z0-9_]*$/.test(n.name));
    const c = this.calls.find((k) => k.name === 'Clamp' && /(^|\.)Math$/.test(k.on || '') && k.n.arguments.length === 3 && bound(k.n.arguments[0]) && !bound(k.n.arguments[2]) !== !bound(k.n.arguments[1]));
    if (!c) return;
    const [a, b, d] = c.n.arguments.map((x) => this.code.slice(x.start, x.end));
    // (min, value, max) or (min, max, value)
    const [v, lo, hi] = bound(c.n.arguments[1]) ? [d, a, b] : [b, a, d];
    this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}): Clamp takes (value, min, max), so ${a} is taken for the value and ${v} for a bound: the result is not ${v} held between ${lo} and ${hi} (Clamp(${v}, ${lo}, ${hi}))`, lineOf(c.n), `Clamp(${v}, ${lo}, ${hi})`);
  }

  // if (this.block.body.isSleeping) spawn the next one, with no enableSleeping in the Matter config: bodies never sleep,
  // so the test is never true and the game waits for good (enableSleeping: true, or wait for the speed to drop)
  sleepWithoutSleeping() {
    if (/enableSleeping/.test(this.code) || !/\bmatter\b/.test(this.code)) return;
    let read = null;
    walk(this.ast, (n, parent, key, ctx) => { if (!read && ctx.inTest && n.type === 'MemberExpression' && !n.computed && n.property.name === 'isSleeping') read = n; });
    const ev = read ? null : this.calls.find((c) => ['on', 'once'].includes(c.name) && ['sleepstart', 'sleepStart'].includes(literalValue(c.n.arguments[0]).value));
    const at = read || (ev && ev.n);
    if (!at) return;
    this.add('never_fires', true, `${this.code.slice(at.start, at.end).slice(0, 60)} (line ${lineOf(at)}) waits for a Matter body to sleep, but the Matter config never sets enableSleeping: true, so no body ever sleeps and this never happens (matter: { enableSleeping: true })`, lineOf(at), 'enableSleeping: true');
  }

  // ball.setCollideWorldBounds(true), then if (ball.y > H + 20) loseBall(): the world's bottom edge stops the body inside
  // the view, so it never gets past it and the ball is never lost (setBoundsCollision(true, true, true, false))
  edgePassedAgainstBounds() {
    if (/setBoundsCollision|checkCollision|world\.setBounds|physics\.world\.bounds|setBounds\s*\(/.test(this.code)) return;
    const view = this.viewSize();
    if (!view) return;
    const { w: width, h: height } = view;
    const { colliding, freed } = this.worldBoundsBodies();
    if (freed.size) return;
    walk(this.ast, (n) => {
      if (this.edgePassFound || n.type !== 'BinaryExpression' || !['>', '>='].includes(n.operator)) return;
      const m = /^(.*)\.(x|y)$/.exec(memberPath(n.left) || '');
      const VIEW = { 'this.scale.height': height, 'this.scale.width': width, 'this.sys.game.config.height': height, 'this.sys.game.config.width': width, 'this.game.config.height': height, 'this.game.config.width': width, 'this.cameras.main.height': height, 'this.cameras.main.width': width };
      const sum = (k) => (k.type === 'BinaryExpression' && ['+', '-'].includes(k.operator) && sum(k.left) !== null && sum(k.right) !== null ? sum(k.left) + (k.operator === '+' ? 1 : -1) * sum(k.right) : VIEW[memberPath(k) || ''] !== undefined ? VIEW[memberPath(k)] : this.numberOf(k));
      const limit = sum(n.right);
      if (!m || !colliding.has(m[1]) || limit === null || limit < (m[2] === 'y' ? height : width)) return;
      this.edgePassFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) waits for ${m[1]} to pass the ${m[2] === 'y' ? 'bottom' : 'right'} edge, but its body collides with the world bounds (setCollideWorldBounds), which stop it inside the view: it never gets there (open that side: this.physics.world.setBoundsCollision(true, true, true, false))`, lineOf(n), 'setBoundsCollision(..., false)');
    });
  }

  // this.lastDir = dir; if (dir !== this.lastDir) run(): the two were made equal on the line before, so the test is
  // never true (compare first, then remember: if (dir !== this.lastDir) { ... } this.lastDir = dir)
  comparedRightAfterCopy() {
    walk(this.ast, (block) => {
      if (this.copyCompareFound || !Array.isArray(block.body)) return;
      block.body.forEach((st, k) => {
        const e = st.type === 'ExpressionStatement' && st.expression.type === 'AssignmentExpression' && st.expression.operator === '=' ? st.expression : null;
        const [a, b] = e ? [memberPath(e.left), memberPath(e.right)] : [];
        if (this.copyCompareFound || !a || !b || a === b) return;
        const next = block.body[k + 1];
        if (!next || next.type !== 'IfStatement') return;
        let cmp = null;
        walk(next.test, (n) => { if (!cmp && n.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(n.operator) && [memberPath(n.left), memberPath(n.right)].sort().join('|') === [a, b].sort().join('|')) cmp = n; });
        if (!cmp) return;
        this.copyCompareFound = true;
        this.add('never_fires', true, `${this.code.slice(e.start, e.end)} (line ${lineOf(st)}) and then if (${this.code.slice(next.test.start, next.test.end).slice(0, 50)}) (line ${lineOf(next)}): the two were made equal on the line before, so ${this.code.slice(cmp.start, cmp.end)} is ${cmp.operator.startsWith('!') ? 'never' : 'always'} true (compare first, then remember the new value)`, lineOf(next), 'compare, then assign');
      });
    });
  }

  // for (const gate of this.gates) { if (!gate.passed && gate.y < skier.y) { gate.passed = true; score } if (gate.y <
  // -40) gate.y += SPAN }: the gate is used again further down, but its flag is never cleared, so from the second lap
  // on it never scores (gate.passed = false where it is put back)
  recycledKeepsFlag() {
    walk(this.ast, (loop) => {
      if (this.recycledFlagFound || loop.type !== 'ForOfStatement' || loop.left.type !== 'VariableDeclaration' || loop.left.declarations[0].id.type !== 'Identifier' || loop.body.type !== 'BlockStatement') return;
      const item = loop.left.declarations[0].id.name;
      let flagIf = null; let flag = null; let recycle = null;
      walk(loop.body, (n) => {
        if (n.type !== 'IfStatement') return;
        const first = n.test.type === 'LogicalExpression' && n.test.operator === '&&' ? (() => { let t = n.test; while (t.type === 'LogicalExpression' && t.operator === '&&') t = t.left; return t; })() : n.test;
        const f = first.type === 'UnaryExpression' && first.operator === '!' ? memberPath(first.argument) : null;
        const m = f && new RegExp(`^${item}\\.(\\w+)$`).exec(f);
        if (!flagIf && m && new RegExp(`${item}\\.${m[1]}\\s*=\\s*true`).test(this.code.slice(n.consequent.start, n.consequent.end))) { flagIf = n; flag = m[1]; }
        // put back: a test on its place whose branch moves it (gate.y += SPAN, gate.y = START)
        const tested = new RegExp(`\\b${item}\\.(x|y)\\b`).test(this.code.slice(n.test.start, n.test.end));
        if (!recycle && tested && new RegExp(`\\b${item}\\.(x|y)\\s*(\\+|-)?=[^=]`).test(this.code.slice(n.consequent.start, n.consequent.end))) recycle = n;
      });
      if (!flagIf || !recycle || recycle === flagIf) return;
      // cleared anywhere (but where the objects are made)
      if (new RegExp(`\\.${flag}\\s*=\\s*(false|0|null|undefined)\\b|\\.${flag}\\s*=\\s*!|delete\\s+[\\w.]+\\.${flag}`).test(this.code)) return;
      this.recycledFlagFound = true;
      this.add('never_fires', true, `${item}.${flag} is set true once (line ${lineOf(flagIf)}) and the test needs it false, but ${item} is put back to be met again (line ${lineOf(recycle)}) without clearing it: from its second round on, if (!${item}.${flag} ...) is never true (${item}.${flag} = false where it is put back)`, lineOf(recycle), `${item}.${flag} = false`);
    });
  }

  // if (a === b === c): a === b gives true or false, and that is what is compared with c, so three equal marks never
  // make a line (a === b && b === c); 0 < x < 10 is true for every x
  chainedComparison() {
    const CMP = ['===', '!==', '==', '!=', '<', '>', '<=', '>='];
    const boolish = (e) => (e.type === 'Literal' && typeof e.value === 'boolean') || (e.type === 'UnaryExpression' && e.operator === '!') || (e.type === 'BinaryExpression' && CMP.includes(e.operator));
    walk(this.ast, (n) => {
      if (this.chainFound || n.type !== 'BinaryExpression' || !CMP.includes(n.operator) || n.left.type !== 'BinaryExpression' || !CMP.includes(n.left.operator)) return;
      // (a === b) === (c === d) compares two truths on purpose
      if (this.code.slice(n.start, n.left.start).includes('(') || boolish(n.right)) return;
      this.chainFound = true;
      const text = this.code.slice(n.start, n.end);
      const [a, b, c] = [n.left.left, n.left.right, n.right].map((e) => this.code.slice(e.start, e.end));
      this.add('never_fires', true, `${text} (line ${lineOf(n)}) compares the true or false of ${a} ${n.left.operator} ${b} with ${c}, not ${b} with ${c}: ${/[<>]/.test(n.operator) ? 'the test does not hold what it says' : 'it is never true when all three are equal'} (${a} ${n.left.operator} ${b} && ${b} ${n.operator} ${c})`, lineOf(n), `${a} ${n.left.operator} ${b} && ${b} ${n.operator} ${c}`);
    });
  }

  // this.grid[r1][c1] = 0; this.grid[r2][c2] = this.grid[r1][c1]: the copy reads the cell just cleared, so the piece
  // moved is 0 (copy first, then clear)
  copyOfJustCleared() {
    const text = (e) => this.code.slice(e.start, e.end).replace(/\s+/g, '');
    const cleared = (st) => {
      const e = st && st.type === 'ExpressionStatement' && st.expression.type === 'AssignmentExpression' && st.expression.operator === '=' ? st.expression : null;
      if (!e || !/MemberExpression|Identifier/.test(e.left.type)) return null;
      const r = e.right;
      const empty = (r.type === 'Literal' && (r.value === 0 || r.value === null || r.value === false || r.value === '' || r.value === -1)) || (r.type === 'Identifier' && r.name === 'undefined') || (r.type === 'UnaryExpression' && r.operator === '-' && r.argument.type === 'Literal' && r.argument.value === 1);
      return empty ? e : null;
    };
    walk(this.ast, (block) => {
      if (this.clearedCopyFound || !Array.isArray(block.body)) return;
      block.body.forEach((st, k) => {
        const clear = cleared(st);
        if (this.clearedCopyFound || !clear) return;
        const target = text(clear.left);
        for (const next of block.body.slice(k + 1, k + 3)) {
          const e = next.type === 'ExpressionStatement' && next.expression.type === 'AssignmentExpression' && next.expression.operator === '=' ? next.expression : null;
          if (e && text(e.right) === target && text(e.left) !== target) {
            this.clearedCopyFound = true;
            this.add('misplaced', true, `${this.code.slice(e.start, e.end)} (line ${lineOf(e)}) copies ${this.code.slice(clear.left.start, clear.left.end)}, which line ${lineOf(clear)} has just set to ${this.code.slice(clear.right.start, clear.right.end)}: the copy is that empty value, not what was there (copy first, then clear)`, lineOf(e), 'copy first, then clear');
            return;
          }
          if (text(next).includes(target)) return;
        }
      });
    });
  }

  // deck.slice(26, 26) is always empty (start and end the same); hand.splice(i, 0) removes nothing, so what it returns
  // is an empty list
  emptySliceTaken() {
    walk(this.ast, (n, parent) => {
      if (this.emptySliceFound || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.computed) return;
      const name = n.callee.property.name;
      const args = n.arguments;
      const text = (e) => this.code.slice(e.start, e.end).replace(/\s+/g, '');
      let why = null;
      if (/^(slice|substring)$/.test(name) && args.length === 2 && text(args[0]) === text(args[1])) why = `starts and ends at ${this.code.slice(args[0].start, args[0].end)}, so it is always empty`;
      const used = parent && parent.type !== 'ExpressionStatement' && parent.type !== 'SequenceExpression';
      if (name === 'splice' && args.length === 2 && literalValue(args[1]).ok && literalValue(args[1]).value === 0 && used) why = 'removes nothing (a count of 0), so what it returns is always an empty list';
      if (!why) return;
      this.emptySliceFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) ${why}: whatever is meant to come out of it never does`, lineOf(n), name === 'splice' ? 'splice(i, 1)' : 'slice(start, end)');
    });
  }

  // const diff = (a - b) % 3; if (diff === 1): JavaScript's % keeps the sign of a - b, so when b is larger the remainder
  // is -1 or -2, never 1 or 2 ((a - b + 3) % 3); list[(i - 1) % n] is list[-1], undefined, at i = 0
  // a parameter of one of the program's functions that some call hands a negative number (move(-1))
  negativeArgument(param) {
    for (const [name, fn] of this.functionsByName()) {
      const at = fn.params.findIndex((p) => p.type === 'Identifier' && p.name === param);
      if (at < 0) continue;
      const esc = name.replace(/\$/g, '\\$');
      const re = new RegExp(`(^|[^\\w$])${esc}\\s*\\(([^()]*)\\)`, 'g');
      for (const m of this.code.matchAll(re)) {
        const args = m[2].split(',').map((x) => x.trim());
        if (args.length > at && /^-\s*\d/.test(args[at])) return true;
      }
    }
    return false;
  }

  negativeRemainder() {
    const TIME = /time|now|elapsed|frame|tick|delta|dt\b|clock|timer|age|dist|score|count|total|(^|\.)[xy]$|width|height|angle|rotation/i;
    // (count - 1) % n is below 0 only where count can be 0 there: a loop's counter from 0 around it, or an index that
    // wraps itself (this.i = (this.i - 1) % n); a count raised before it is read (casts) is left alone
    let scope = null;
    const fromZero = (a) => a.type === 'Identifier' && scope && scope.some((l) => l.type === 'ForStatement' && l.init && l.init.type === 'VariableDeclaration' && l.init.declarations.some((d) => d.id.name === a.name && this.numberOf(d.init) === 0));
    const remainderOf = (e, selfWrap = false) => {
      if (!e || e.type !== 'BinaryExpression' || e.operator !== '%' || e.left.type !== 'BinaryExpression' || !['-', '+'].includes(e.left.operator)) return null;
      const [a, b] = [e.left.left, e.left.right];
      const plain = (x) => x.type === 'Identifier' || (x.type === 'MemberExpression' && memberPath(x));
      const m = e.right;
      const n = this.numberOf(m);
      if (!((n !== null && Number.isInteger(n) && n >= 2) || (m.type === 'MemberExpression' && !m.computed && m.property.name === 'length'))) return null;
      if (!plain(a) || TIME.test(this.code.slice(a.start, a.end))) return null;
      if (e.left.operator === '+') return b.type === 'Identifier' && this.negativeArgument(b.name) ? e : null;
      const bn = this.numberOf(b);
      if (!(plain(b) && !TIME.test(this.code.slice(b.start, b.end))) && !(bn !== null && bn >= 1)) return null;
      if (bn !== null && !selfWrap && !fromZero(a)) return null;
      return e;
    };
    const seen = (e, how) => {
      this.negRemFound = true;
      this.add('wrong_argument', true, `${this.code.slice(e.start, e.end)} (line ${lineOf(e)}): JavaScript's % keeps the sign of ${this.code.slice(e.left.start, e.left.end)}, so when it is below 0 the result is negative (-1, not ${this.code.slice(e.right.start, e.right.end)} - 1)${how} (add the divisor first: (${this.code.slice(e.left.start, e.left.end)} + ${this.code.slice(e.right.start, e.right.end)}) % ${this.code.slice(e.right.start, e.right.end)})`, lineOf(e), `(${this.code.slice(e.left.start, e.left.end)} + ${this.code.slice(e.right.start, e.right.end)}) % ${this.code.slice(e.right.start, e.right.end)}`);
    };
    const positiveTest = (cmp, other) => cmp.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(cmp.operator) && (this.numberOf(other) ?? 0) >= 1;
    const loops = [];
    walk(this.ast, (l) => { if (l.type === 'ForStatement') loops.push(l); });
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.negRemFound) return;
      scope = loops.filter((l) => l.start < n.start && n.end <= l.end);
      // this.index = (this.index + step) % n, with move(-1) somewhere: the index goes to -1
      if (n.type === 'AssignmentExpression' && n.operator === '=' && remainderOf(n.right, true) && memberPath(n.left) && memberPath(n.left) === memberPath(n.right.left.left)) { seen(n.right, `, so ${memberPath(n.left)} goes below 0 and points at nothing`); return; }
      // list[(i - 1) % n]
      if (n.type === 'MemberExpression' && n.computed && remainderOf(n.property)) { seen(n.property, ': as an index it reads list[-1], which is undefined'); return; }
      if (n.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(n.operator)) {
        const r = remainderOf(n.left) || remainderOf(n.right);
        if (r && positiveTest(n, r === n.left ? n.right : n.left)) { seen(r, `, and ${this.code.slice(n.start, n.end)} misses those cases`); return; }
      }
      // const diff = (a - b) % 3; ... diff === 1
      if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && remainderOf(n.init) && ctx.fn) {
        const name = n.id.name;
        let hit = null;
        walk(ctx.fn.body, (m) => {
          if (hit || m.type !== 'BinaryExpression' || !['===', '==', '!==', '!='].includes(m.operator)) return;
          if ((m.left.type === 'Identifier' && m.left.name === name && positiveTest(m, m.right)) || (m.right.type === 'Identifier' && m.right.name === name && positiveTest(m, m.left))) hit = m;
        });
        if (hit && !new RegExp(`\\b${name}\\s*(<|>=|[-+]=)|\\b${name}\\s*=[^=]|Math\\.abs\\s*\\(\\s*${name}\\b`).test(this.code.slice(n.end, ctx.fn.end))) seen(n.init, `, and ${this.code.slice(hit.start, hit.end)} (line ${lineOf(hit)}) misses those cases`);
      }
    });
  }

  // let banked = this.scores[this.current]; banked += this.turnTotal; if (banked >= TARGET): the sum lives only in the
  // local, and nothing ever writes this.scores, so the score shown never grows (this.scores[this.current] += ...)
  elementCopyNeverStored() {
    walk(this.ast, (d, parent, key, ctx) => {
      if (this.elementCopyFound || d.type !== 'VariableDeclarator' || d.id.type !== 'Identifier' || !d.init || d.init.type !== 'MemberExpression' || !d.init.computed || !ctx.fn) return;
      const base = memberPath(d.init.object);
      if (!base || !/^this\.\w+$/.test(base) || parent.kind !== 'let') return;
      const local = d.id.name;
      const after = this.code.slice(d.end, ctx.fn.end);
      const change = new RegExp(`(^|[^\\w$.])${local}\\s*([-+*/]=|\\+\\+|--)|(\\+\\+|--)\\s*${local}\\b`).exec(after);
      if (!change) return;
      // a cursor moved in a loop, or a local stored back anywhere, is not this
      const changeAt = d.end + change.index + change[1].length;
      let looped = false;
      walk(ctx.fn.body, (l) => { if (/^(For|ForOf|ForIn|While|DoWhile)Statement$/.test(l.type) && l.start < changeAt && changeAt < l.end && !(l.start < d.start && d.end < l.end)) looped = true; });
      if (looped) return;
      if (!new RegExp(`\\b${local}\\b`).test(after.slice(change.index + change[0].length))) return;
      const esc = base.replace(/[.$]/g, (ch) => '\\' + ch);
      // every mention of the table is a read of one element or its length, but its one first assignment
      const mentions = [...this.code.matchAll(new RegExp(`${esc}(?![\\w$])`, 'g'))];
      const writes = mentions.filter((m) => /^\s*=[^=]/.test(this.code.slice(m.index + base.length)));
      if (writes.length !== 1) return;
      if (!mentions.every((m) => { const rest = this.code.slice(m.index + base.length); return /^\s*=[^=]/.test(rest) || /^\s*\[[^\]]*\](?!\s*([-+*/]?=[^=]|\+\+|--|\.|\[))/.test(rest) || /^\s*\.length\b/.test(rest); })) return;
      if (!/\[\s*-?\d/.test(this.code.slice(writes[0].index, writes[0].index + 200).split(/;|\n/)[0])) return;
      this.elementCopyFound = true;
      const line = this.code.slice(0, changeAt).split('\n').length;
      this.add('never_fires', true, `${local} = ${this.code.slice(d.init.start, d.init.end)} (line ${lineOf(d)}) copies one number out of ${base}, and the change to ${local} (line ${line}) never goes back: nothing in the program ever writes into ${base}, so what it holds (and shows) never changes (${this.code.slice(d.init.start, d.init.end)} += ...)`, line, `${this.code.slice(d.init.start, d.init.end)} += ...`);
    });
  }

  // data keys 'score1' and 'score2' read as 'score' + turn, where turn counts players from 0 (shown as turn + 1): the
  // first player's key is 'score0', which nothing ever sets, and the second writes the first's
  zeroBasedKeyOnOneBased() {
    const keys = new Set();
    for (const c of this.calls) {
      if (!/^(setData|set|get|getData|inc|incData)$/.test(c.name) || (c.name === 'set' || c.name === 'get' || c.name === 'inc') && !/(^|\.)(data|registry)$/.test(c.on || '')) continue;
      const a = c.n.arguments[0];
      if (a && a.type === 'Literal' && typeof a.value === 'string') keys.add(a.value);
      if (a && a.type === 'ObjectExpression' && /^(setData|set)$/.test(c.name)) for (const q of a.properties) if (q.type === 'Property' && q.key) keys.add(String(q.key.name || q.key.value));
    }
    for (const c of this.calls) {
      if (this.zeroKeyFound) return;
      if (!/^(setData|set|get|getData|inc|incData)$/.test(c.name) || (c.name === 'set' || c.name === 'get' || c.name === 'inc') && !/(^|\.)(data|registry)$/.test(c.on || '')) continue;
      let a = c.n.arguments[0];
      if (a && a.type === 'Identifier') a = this.localValue(a, c.ctx.fn) || a;
      let prefix = null; let idx = null;
      if (a && a.type === 'BinaryExpression' && a.operator === '+' && a.left.type === 'Literal' && typeof a.left.value === 'string') { prefix = a.left.value; idx = a.right; }
      if (a && a.type === 'TemplateLiteral' && a.expressions.length === 1 && a.quasis[1].value.cooked === '') { prefix = a.quasis[0].value.cooked; idx = a.expressions[0]; }
      if (prefix === null || !idx || !(idx.type === 'Identifier' || memberPath(idx))) continue;
      const nums = [...keys].filter((k) => k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length))).map((k) => Number(k.slice(prefix.length)));
      if (nums.length < 2 || nums.includes(0) || Math.min(...nums) !== 1) continue;
      const idxText = this.code.slice(idx.start, idx.end);
      const esc = idxText.replace(/[.$]/g, (ch) => '\\' + ch);
      if (!new RegExp(`(^|[^\\w$.])${esc}\\s*\\+\\s*1\\b`).test(this.code)) continue;
      this.zeroKeyFound = true;
      this.add('never_fires', true, `${this.code.slice(a.start, a.end)} (line ${lineOf(c.n)}) builds the key from ${idxText}, which counts from 0 (the program shows ${idxText} + 1), but the keys are ${nums.sort((x, y) => x - y).map((k) => `'${prefix}${k}'`).join(', ')}: the first one read is '${prefix}0', which nothing sets, and each other is one off ('${prefix}' + (${idxText} + 1))`, lineOf(c.n), `'${prefix}' + (${idxText} + 1)`);
    }
  }

  // physics.add.collider(ball, bars, null, (ball, bar) => { const solid = ...; bar.setAlpha(...) }): a process callback
  // decides by what it returns, and this one returns nothing, so its test never reaches Arcade (return solid)
  processCallbackWithoutReturn() {
    for (const c of this.calls) {
      if (!/^(collider|overlap)$/.test(c.name) || !/physics\.add$/.test(c.on || '')) continue;
      const fn = this.handlerFunction(c.n.arguments[3]);
      if (!fn || fn.body.type !== 'BlockStatement' || fn.body.body.length === 0) continue;
      // a return with a value anywhere in the callback itself (not in a function inside it)
      let returns = false;
      walk(fn.body, (n, parent, key, ctx) => { if (n.type === 'ReturnStatement' && n.argument && (!ctx.fn || ctx.fn === fn)) returns = true; });
      if (returns) continue;
      this.add('never_fires', true, `the process callback of ${c.name}() (line ${lineOf(fn)}) returns nothing: Arcade reads its return value to decide whether the two may meet, so the test it makes is never used (return the test's result)`, lineOf(fn), 'return true or false');
      return;
    }
  }

  // matter.world.on('collisionactive', ...) { this.impacts += 1 }: 'collisionactive' fires on every frame two bodies
  // keep touching, so a crate resting on the floor counts up without end ('collisionstart', once per contact)
  countedWhileTouching() {
    for (const c of this.calls) {
      if (!/^(on|once)$/.test(c.name)) continue;
      const ev = c.n.arguments[0];
      const name = ev && ev.type === 'Literal' ? ev.value : ev && /COLLISION_ACTIVE$/.test(memberPath(ev) || '') ? 'collisionactive' : null;
      if (name !== 'collisionactive') continue;
      const fn = this.handlerFunction(c.n.arguments[1]);
      if (!fn) continue;
      const body = this.code.slice(fn.start, fn.end);
      const m = /(this\.\w+|\b\w+)\s*(\+\+|\+=\s*1\b)|\+\+\s*(this\.\w+)/.exec(body);
      if (!m || /\b(frames?|ticks?|contact\w*Time|touch\w*Time|time)\b/i.test(m[1] || m[3] || '')) continue;
      const line = this.code.slice(0, fn.start + m.index).split('\n').length;
      this.add('misplaced', true, `${(m[1] || m[3])} counts up in a 'collisionactive' handler (line ${line}), which runs on every frame the two bodies keep touching: one contact counts once per frame, without end ('collisionstart' runs once per contact)`, line, "'collisionstart'");
      return;
    }
  }

  // key.on('up', () => key.getDuration()): getDuration() is how long a key that is down has been held, and 0 once it
  // is up, so a charge read when it is let go is always 0 (key.duration holds the last press's length)
  durationReadOnRelease() {
    for (const c of this.calls) {
      if (!/^(on|once)$/.test(c.name)) continue;
      const ev = c.n.arguments[0];
      if (!ev || ev.type !== 'Literal' || !/^(up|keyup(-\w+)?)$/.test(String(ev.value))) continue;
      const fn = this.handlerFunction(c.n.arguments[1]);
      if (!fn) continue;
      const m = /([\w.]+)\s*\.\s*getDuration\s*\(\s*\)/.exec(this.code.slice(fn.start, fn.end));
      if (!m) continue;
      const line = this.code.slice(0, fn.start + m.index).split('\n').length;
      this.add('never_fires', true, `${m[0]} (line ${line}) in the '${ev.value}' handler: getDuration() is how long a key that is still down has been held, and is 0 once it is up, so this is always 0 (${m[1]}.duration, the length of the press just ended)`, line, `${m[1]}.duration`);
      return;
    }
  }

  // matter.body.create({ parts: [upright, foot] }) with parts made by this.matter.add.rectangle: those are already
  // bodies in the world, each moving alone, so the compound never holds together (this.matter.bodies.rectangle)
  worldBodiesAsParts() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.partsFound || n.type !== 'Property' || n.key.type !== 'Identifier' || n.key.name !== 'parts' || n.value.type !== 'ArrayExpression') return;
      const added = n.value.elements.map((e) => this.localValue(e, ctx.fn)).filter((v) => v && v.type === 'CallExpression' && /matter\.add\.(rectangle|circle|polygon|trapezoid|fromVertices)$/.test(memberPath(v.callee) || ''));
      if (added.length < 2) return;
      this.partsFound = true;
      this.add('misplaced', true, `parts: [${this.code.slice(n.value.start + 1, n.value.end - 1)}] (line ${lineOf(n)}) are made with ${memberPath(added[0].callee)}(), which puts each one in the world as a body of its own: they fall apart instead of moving as one compound (make parts with this.matter.bodies.${memberPath(added[0].callee).split('.').pop()}())`, lineOf(n), 'this.matter.bodies.*');
    });
  }

  // this.ovenCost = Math.floor(this.ovenCost * 1.15) from 6: 6.9 rounds down to 6, so the price never rises
  flooredGrowthStuck() {
    walk(this.ast, (n) => {
      if (this.flooredFound || n.type !== 'AssignmentExpression' || n.operator !== '=' || n.right.type !== 'CallExpression') return;
      const field = memberPath(n.left);
      const fn = memberPath(n.right.callee);
      if (!field || !/^Math\.(floor|trunc)$/.test(fn || '')) return;
      const arg = n.right.arguments[0];
      if (!arg || arg.type !== 'BinaryExpression' || arg.operator !== '*' || memberPath(arg.left) !== field) return;
      const k = this.numberOf(arg.right);
      if (k === null || k <= 1) return;
      const starts = this.assigns.filter((a) => a.path === field && a.op === '=' && a.value !== n.right).map((a) => this.numberOf(a.value));
      if (!starts.length || starts.some((v) => v === null || v <= 0 || Math.floor(v * k) !== v)) return;
      this.flooredFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}): from ${starts[0]}, ${starts[0]} * ${k} = ${+(starts[0] * k).toFixed(3)} rounds down to ${starts[0]} again, so ${field} never grows (Math.ceil, or round up by at least 1)`, lineOf(n), 'Math.ceil(...)');
    });
  }

  // const stats = this.registry.get('stats'); stats.atk += 5; with a 'changedata-stats' listener: the object is changed
  // in place and never set again, so no changedata event fires and the HUD never updates (registry.set('stats', stats))
  storedObjectChangedUnheard() {
    walk(this.ast, (d, parent, key, ctx) => {
      if (this.unheardFound || d.type !== 'VariableDeclarator' || d.id.type !== 'Identifier' || !d.init || d.init.type !== 'CallExpression' || !ctx.fn) return;
      const callee = memberPath(d.init.callee) || (d.init.callee.type === 'MemberExpression' ? '?.' + d.init.callee.property.name : '');
      const store = /(^|\.)registry\.get$/.test(callee) ? 'registry' : /(^|\.)data\.get$/.test(callee) ? 'data' : /\.getData$/.test(callee) ? 'getData' : null;
      const k = d.init.arguments[0];
      if (!store || !k || k.type !== 'Literal' || typeof k.value !== 'string') return;
      if (!new RegExp(`['"\`]changedata-${k.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`).test(this.code)) return;
      const local = d.id.name;
      const after = this.code.slice(d.end, ctx.fn.end);
      const change = new RegExp(`\\b${local}(\\.\\w+|\\[[^\\]]+\\])+\\s*([-+*/]?=(?!=)|\\+\\+|--)|\\b${local}\\.(push|splice|pop|shift|unshift)\\s*\\(`).exec(after);
      if (!change) return;
      const esc = k.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(set|setData|inc|incData|toggleData|values\\s*\\.\\s*${esc}\\s*=)\\s*\\(?\\s*['"\`]?${esc}|\\.emit\\s*\\(|values\\s*\\.\\s*${esc}`).test(after)) return;
      this.unheardFound = true;
      const line = this.code.slice(0, d.end + change.index).split('\n').length;
      this.add('never_fires', true, `${local} = ${this.code.slice(d.init.start, d.init.end)} (line ${lineOf(d)}) is changed in place (line ${line}) and never set again, so 'changedata-${k.value}' never fires and what listens to it never updates (${store === 'registry' ? 'this.registry' : store === 'data' ? 'this.data' : 'the object'}.${store === 'getData' ? 'setData' : 'set'}('${k.value}', ${local}) after the change)`, line, `set('${k.value}', ${local})`);
    });
  }

  // this.events.on('wake', ...) in a scene that is only ever paused and resumed (scene.pause() / scene.resume()): 'wake'
  // fires only after sleep(), so the handler never runs ('resume'); and the other way round
  resumeHeardAsWake() {
    const bare = this.bare();
    const sleeps = /\.sleep\s*\(|\.switch\s*\(|['"]sleep['"]/.test(bare);
    const pauses = /\.pause\s*\(|['"]pause['"]/.test(bare);
    for (const c of this.calls) {
      if (!/^(on|once)$/.test(c.name) || !/(^|\.)(this|scene|\w+)\.events$/.test(c.on || '') || /input|physics|matter|registry|data|game/.test(c.on || '')) continue;
      const ev = c.n.arguments[0];
      const name = ev && ev.type === 'Literal' ? ev.value : null;
      let other = null;
      if (name === 'wake' && !sleeps && /\.resume\s*\(/.test(bare)) other = ['wake', 'sleep()', 'pause() and resume()', 'resume'];
      if (name === 'resume' && !pauses && /\.wake\s*\(/.test(bare)) other = ['resume', 'pause()', 'sleep() and wake()', 'wake'];
      if (!other) continue;
      this.add('never_fires', true, `on('${other[0]}') (line ${lineOf(c.n)}): the scene emits '${other[0]}' only after ${other[1]}, but this program uses ${other[2]}, so the handler never runs (on('${other[3]}'))`, lineOf(c.n), `on('${other[3]}')`);
      return;
    }
  }

  // if (this.x > 750) this.velocity.x = Math.abs(this.velocity.x): at the right edge the speed is made positive, which
  // keeps it going right, so it never bounces back (-Math.abs(...)); and the other way round at the left edge
  edgeBounceKeepsSign() {
    walk(this.ast, (n) => {
      if (this.edgeSignFound || n.type !== 'IfStatement' || n.test.type !== 'BinaryExpression') return;
      const t = n.test;
      let side = null; let axis = null;
      // e.x, or e.x + RX (its edge)
      const ax = (e) => { if (e.type === 'BinaryExpression' && ['+', '-'].includes(e.operator)) e = e.left; const m = /\.(x|y)$/.exec(memberPath(e) || ''); return m ? m[1] : null; };
      if (/^[<>]=?$/.test(t.operator)) {
        if (ax(t.left) && this.numberOf(t.left) === null) { axis = ax(t.left); side = t.operator[0] === '>' ? 'far' : 'near'; }
        else if (ax(t.right)) { axis = ax(t.right); side = t.operator[0] === '<' ? 'far' : 'near'; }
      }
      if (!axis) return;
      const bound = t.left === null ? null : this.numberOf(ax(t.left) ? t.right : t.left);
      if (side === 'near' && bound !== null && bound > 200) return;
      if (side === 'far' && bound !== null && bound < 100) return;
      walk(n.consequent, (a) => {
        if (this.edgeSignFound || a.type !== 'AssignmentExpression' || a.operator !== '=') return;
        const target = memberPath(a.left) || '';
        if (!new RegExp(`((^|\\.)(vel|velocity|speed|dir|motion|v|d)\\.${axis}|\\b(v|d)${axis}|(speed|vel|velocity)${axis.toUpperCase()})$`).test(target)) return;
        const r = a.right;
        const positive = r.type === 'CallExpression' && memberPath(r.callee) === 'Math.abs';
        const negative = r.type === 'UnaryExpression' && r.operator === '-' && r.argument.type === 'CallExpression' && memberPath(r.argument.callee) === 'Math.abs';
        if (!((side === 'far' && positive) || (side === 'near' && negative))) return;
        this.edgeSignFound = true;
        this.add('never_fires', true, `${this.code.slice(a.start, a.end)} (line ${lineOf(a)}) at the ${side === 'far' ? (axis === 'x' ? 'right' : 'bottom') : (axis === 'x' ? 'left' : 'top')} edge (line ${lineOf(n)}) makes the speed ${positive ? 'positive' : 'negative'}, which keeps it moving toward that edge: it never bounces back (${positive ? '-Math.abs(...)' : 'Math.abs(...)'})`, lineOf(a), positive ? '-Math.abs(...)' : 'Math.abs(...)');
      });
    });
  }

  // update(time, delta) { this.star.setAngle(SPEED * delta / 1000) }: the angle is set to one frame's step, not moved
  // by it, so the star stands still at a tiny angle (setAngle(this.star.angle + ...))
  frameStepAsValue() {
    const SETTERS = { setAngle: 'angle', setRotation: 'rotation', setX: 'x', setY: 'y' };
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.frameStepFound || !ctx.roles.includes('update')) return;
      let target = null; let value = null; let prop = null;
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && !n.callee.computed && SETTERS[n.callee.property.name] && n.arguments.length === 1) { target = memberPath(n.callee.object); prop = SETTERS[n.callee.property.name]; value = n.arguments[0]; }
      if (n.type === 'AssignmentExpression' && n.operator === '=' && /\.(angle|rotation)$/.test(memberPath(n.left) || '')) { target = memberPath(n.left).replace(/\.(angle|rotation)$/, ''); prop = memberPath(n.left).split('.').pop(); value = n.right; }
      if (!target || !value || value.type !== 'BinaryExpression') return;
      const text = this.code.slice(value.start, value.end);
      if (!/\b(delta|dt)\b/.test(text) || /\b(time|now|elapsed|total|t)\b|\bthis\.\w+\s*[-+]|[-+]\s*this\.\w+|\.(angle|rotation|x|y)\b/.test(text)) return;
      const parts = []; const flat = (e) => { if (e.type === 'BinaryExpression' && ['*', '/'].includes(e.operator)) { flat(e.left); flat(e.right); } else parts.push(e); }; flat(value);
      if (!parts.every((p) => p.type === 'Literal' || (p.type === 'Identifier' && (/^(delta|dt)$/.test(p.name) || /^[A-Z][A-Z0-9_]*$/.test(p.name))) || /^this\.\w*(speed|rate|spin|step)\w*$/i.test(memberPath(p) || ''))) return;
      this.frameStepFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) in update() sets ${target}.${prop} to one frame's step, ${text}, instead of moving it by that step: it stays at about the same small value every frame (${target}.${prop} + ${text})`, lineOf(n), `${target}.${prop} + ${text}`);
    });
  }

  // the Graphics is drawn centred on its place (fillRect(-W / 2, -H / 2, W, H)) and kept in with
  // Clamp(x, 0, width - W): the clamp is for a box placed by its corner, so half of it goes off the left and top edges
  centredClampedFromCorner() {
    walk(this.ast, (n) => {
      if (this.centredClampFound || n.type !== 'AssignmentExpression' || n.operator !== '=' || n.right.type !== 'CallExpression' || !/Clamp$/.test(memberPath(n.right.callee) || '')) return;
      const m = /^(.*)\.(x|y)$/.exec(memberPath(n.left) || '');
      const [, lo, hi] = n.right.arguments;
      if (!m || !lo || !hi || this.numberOf(lo) !== 0 || hi.type !== 'BinaryExpression' || hi.operator !== '-') return;
      const size = this.code.slice(hi.right.start, hi.right.end).replace(/\s+/g, '');
      const esc = size.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const obj = m[1].replace(/[.$]/g, (ch) => '\\' + ch);
      // drawn around its place: fillRect(-W / 2, ...) on it, or a shape/image of that size left at the centre origin
      const centred = new RegExp(`${obj}\\s*\\.\\s*(fill|stroke)(Rounded)?Rect\\s*\\(\\s*-\\s*\\(?\\s*${esc}\\s*\\/\\s*2`).test(this.code) ||
        new RegExp(`${obj}\\s*=\\s*this\\.add\\.rectangle\\s*\\([^,]+,[^,]+,\\s*${esc}\\s*,`).test(this.code) && !new RegExp(`${obj}[^;]*setOrigin\\s*\\(\\s*0\\s*[,)]`).test(this.code);
      if (!centred) return;
      this.centredClampFound = true;
      this.add('wrong_argument', true, `${this.code.slice(n.right.start, n.right.end)} (line ${lineOf(n)}) keeps ${m[1]}.${m[2]} between 0 and ${this.code.slice(hi.start, hi.end)}, as for a box placed by its corner, but ${m[1]} is drawn centred on its place: half of it goes past the ${m[2] === 'x' ? 'left' : 'top'} edge and it stops short of the other (between ${size} / 2 and ${this.code.slice(hi.left.start, hi.left.end)} - ${size} / 2)`, lineOf(n), `Clamp(v, ${size} / 2, ... - ${size} / 2)`);
    });
  }

  // this.pull.set(dx, dy).setLength(MAX_PULL): setLength makes every pull exactly the maximum, so every shot is full
  // power; a cap is limit(MAX_PULL)
  setLengthForLimit() {
    for (const c of this.calls) {
      if (c.name !== 'setLength' || c.n.arguments.length !== 1) continue;
      const arg = this.code.slice(c.n.arguments[0].start, c.n.arguments[0].end);
      if (!/max|limit|cap/i.test(arg)) continue;
      // already inside a test of the length (if (v.length() > MAX) v.setLength(MAX)) is a cap written by hand
      let guarded = false;
      walk(c.ctx.fn ? c.ctx.fn.body : this.ast, (n) => { if (n.type === 'IfStatement' && n.start < c.n.start && c.n.end < n.end && /length\s*\(|\.length\b|lengthSq/.test(this.code.slice(n.test.start, n.test.end))) guarded = true; if (n.type === 'ConditionalExpression' && n.start < c.n.start && c.n.end < n.end) guarded = true; });
      if (guarded) continue;
      this.add('wrong_argument', true, `setLength(${arg}) (line ${lineOf(c.n)}) makes the vector exactly ${arg} long, however short the pull: every pull is the maximum (limit(${arg}) caps it and keeps shorter ones)`, lineOf(c.n), `limit(${arg})`);
      return;
    }
  }

  // const top = Math.max(...blocks.map((b) => b.getBounds().top)): y grows downwards, so the largest top is the lowest
  // block, not the highest (Math.min)
  highestByLargestY() {
    walk(this.ast, (d) => {
      if (this.highestFound || d.type !== 'VariableDeclarator' || d.id.type !== 'Identifier' || !d.init || d.init.type !== 'CallExpression' || memberPath(d.init.callee) !== 'Math.max') return;
      if (!/^(top|topY|highest\w*|peak\w*|tallest\w*|highY|towerTop|summit)$/i.test(d.id.name)) return;
      const text = this.code.slice(d.init.start, d.init.end);
      if (!/\.(y|top)\b|\.getBounds\s*\(\s*\)\s*\.\s*top/.test(text) || /[-+]\s*\w*\.?(y|top)\b(?!\s*[*/])|\b(H|HEIGHT|height|FLOOR\w*|GROUND\w*)\s*-/.test(text)) return;
      this.highestFound = true;
      this.add('wrong_argument', true, `${d.id.name} = ${text.slice(0, 80)} (line ${lineOf(d)}): y grows downwards, so the largest ${/top/.test(text) ? 'top' : 'y'} is the lowest one, not the highest (Math.min)`, lineOf(d), 'Math.min(...)');
    });
  }

  // this.laps =+ 1: that is this.laps = +1, so the count is set to 1 every time and never passes it (+=)
  plusAssignTypo() {
    walk(this.ast, (n) => {
      if (this.plusTypoFound || n.type !== 'AssignmentExpression' || n.operator !== '=' || n.right.type !== 'UnaryExpression' || n.right.operator !== '+') return;
      if (!/^=\s*\+$/.test(this.code.slice(n.left.end, n.right.argument.start).trim())) return;
      this.plusTypoFound = true;
      const target = this.code.slice(n.left.start, n.left.end);
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) is ${target} = +${this.code.slice(n.right.argument.start, n.right.argument.end)}: it sets ${target} instead of adding to it, so it never grows past that (${target} += ${this.code.slice(n.right.argument.start, n.right.argument.end)})`, lineOf(n), `${target} += ...`);
    });
  }

  // this.marks = new Array(4); ... this.marks.every(Boolean): the slots of new Array(n) are holes, which every() skips,
  // so the test is true before any mark is set (new Array(4).fill(false))
  holesPassEvery() {
    for (const a of this.assigns) {
      const v = a.value;
      if (a.op !== '=' || !v || v.type !== 'NewExpression' || v.callee.type !== 'Identifier' || v.callee.name !== 'Array' || v.arguments.length !== 1) continue;
      const esc = a.path.replace(/[.$]/g, (ch) => '\\' + ch);
      // filled later (fill, a loop writing every slot from 0, push) or made again another way
      if (this.assigns.some((b) => b.path === a.path && b !== a && b.op === '=')) continue;
      if (new RegExp(`${esc}\\s*\\.\\s*(fill|push|unshift|splice)\\s*\\(`).test(this.code)) continue;
      if (new RegExp(`for\\s*\\([^;]*=\\s*0\\s*;[^;]*<\\s*${esc}\\.length[^)]*\\)\\s*\\{?\\s*${esc}\\s*\\[`).test(this.code)) continue;
      const m = new RegExp(`${esc}\\s*\\.\\s*every\\s*\\(`).exec(this.code);
      if (!m) continue;
      const line = this.code.slice(0, m.index).split('\n').length;
      this.add('never_fires', true, `${a.path} = ${this.code.slice(v.start, v.end)} (line ${a.line}) makes empty slots (holes), and ${a.path}.every(...) (line ${line}) skips holes: it is true before any slot is set (${this.code.slice(v.start, v.end)}.fill(false))`, line, `${this.code.slice(v.start, v.end)}.fill(false)`);
      return;
    }
  }

  // this.bestLap = 0; ... this.bestLap = Math.min(this.bestLap, lapTime): the best starts at the smallest value a time
  // can have, so Math.min always keeps 0 (start from Infinity); Math.max from Infinity the other way round
  bestStuckAtStart() {
    const byPath = new Map();
    for (const a of this.assigns) { if (!byPath.has(a.path)) byPath.set(a.path, []); byPath.get(a.path).push(a); }
    for (const [path, list] of byPath) {
      const keep = list.filter((a) => a.op === '=' && a.value.type === 'CallExpression' && /^Math\.(min|max)$/.test(memberPath(a.value.callee) || '') && a.value.arguments.some((x) => memberPath(x) === path));
      if (!keep.length || keep.length + 0 === list.length) continue;
      const which = memberPath(keep[0].value.callee).slice(5);
      const starts = list.filter((a) => !keep.includes(a));
      const stuck = starts.every((a) => a.op === '=' && (which === 'min' ? this.numberOf(a.value) === 0 : (a.value.type === 'Identifier' && a.value.name === 'Infinity') || /^Number\.(MAX_VALUE|MAX_SAFE_INTEGER)$/.test(memberPath(a.value) || '')));
      if (!stuck) continue;
      // a zero that means "none yet" tested somewhere (if (!this.best || t < this.best))
      const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
      if (which === 'min' && new RegExp(`!\\s*${esc}\\b|${esc}\\s*[!=]==?\\s*0\\b|${esc}\\s*(\\|\\||\\?\\?|>|<=)|${esc}\\s*\\?`).test(this.code)) continue;
      const other = keep[0].value.arguments.find((x) => memberPath(x) !== path);
      if (which === 'min' && other && /^-|Math\.min/.test(this.code.slice(other.start, other.end))) continue;
      this.add('never_fires', true, `${path} starts at ${this.code.slice(starts[0].value.start, starts[0].value.end)} (line ${starts[0].line}) and is kept with ${this.code.slice(keep[0].value.start, keep[0].value.end)} (line ${keep[0].line}): ${which === 'min' ? 'no time is below 0, so it stays 0' : 'nothing is above Infinity, so it stays Infinity'} whatever happens (start from ${which === 'min' ? 'Infinity' : '0'}, or take the first value as it is)`, keep[0].line, which === 'min' ? 'start from Infinity' : 'start from 0');
      return;
    }
  }

  // data.set('fuel', Math.max(data.get('fuel') + 30, 100)) where fuel starts at 100: Math.max makes 100 the least it can
  // be, so a refill fills it up at once and past the top (Math.min caps it)
  capTakenWithMax() {
    const initial = (key, path) => {
      if (key) {
        for (const c of this.calls) {
          if (!/^(set|setData)$/.test(c.name)) continue;
          const a = c.n.arguments[0];
          if (a && a.type === 'ObjectExpression') { const q = a.properties.find((p) => p.type === 'Property' && p.key && (p.key.name || p.key.value) === key); if (q) return this.numberOf(q.value); }
          if (a && a.type === 'Literal' && a.value === key && c.n.arguments[1]) { const v = this.numberOf(c.n.arguments[1]); if (v !== null) return v; }
        }
        return null;
      }
      const first = this.assigns.find((a) => a.path === path && a.op === '=' && this.numberOf(a.value) !== null);
      return first ? this.numberOf(first.value) : null;
    };
    walk(this.ast, (n) => {
      if (this.maxCapFound || n.type !== 'CallExpression' || memberPath(n.callee) !== 'Math.max' || n.arguments.length !== 2) return;
      const [sum, lim] = n.arguments;
      const cap = this.numberOf(lim);
      if (cap === null || cap <= 0 || sum.type !== 'BinaryExpression' || sum.operator !== '+' || (this.numberOf(sum.right) ?? 0) <= 0) return;
      const base = sum.left;
      let key = null; let path = null;
      if (base.type === 'CallExpression' && base.callee.type === 'MemberExpression' && /^(get|getData)$/.test(base.callee.property.name) && base.arguments[0] && base.arguments[0].type === 'Literal') key = base.arguments[0].value;
      else path = memberPath(base);
      if (!key && !path) return;
      if (initial(key, path) !== cap) return;
      this.maxCapFound = true;
      const name = key ? `'${key}'` : path;
      this.add('wrong_argument', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}): ${name} starts at ${cap}, its top, and Math.max makes ${cap} the least it can be, so this fills it to the top at once and can take it past (Math.min(..., ${cap}) caps it)`, lineOf(n), `Math.min(..., ${cap})`);
    });
  }

  // velocity.setToPolar(this.speed, heading): setToPolar takes the angle first and then the length, so the speed is
  // read as an angle and the heading as the length
  polarArgsSwapped() {
    for (const c of this.calls) {
      if (c.name !== 'setToPolar' || c.n.arguments.length !== 2) continue;
      const [a, b] = c.n.arguments.map((x) => this.code.slice(x.start, x.end));
      const size = /(speed|power|force|radius|length|len|dist|distance|magnitude|strength|thrust|velocity|spd)\w*$/i;
      const turn = /(angle|heading|rotation|dir|direction|azimuth|theta|rad|bearing)\w*$/i;
      if (!(size.test(a) && !turn.test(a) && (turn.test(b) || /rotation|Angle|DegToRad/.test(b)))) continue;
      this.add('wrong_argument', true, `setToPolar(${a}, ${b}) (line ${lineOf(c.n)}) takes the angle first and then the length: ${a} is read as an angle and ${b} as the length (setToPolar(${b}, ${a}))`, lineOf(c.n), `setToPolar(${b}, ${a})`);
      return;
    }
  }

  // if (!car.getData('passed') && ...): nothing in the program ever stores 'passed', so getData gives undefined every
  // time and the test acts the same on every frame
  dataKeyNeverWritten() {
    // any data written under a key the code works out stops this
    if (/(setData|data\.set|\.set|incData|inc|toggleData|toggle)\s*\(\s*[^'"`{\s)]/.test(this.bare()) || /data\s*\.\s*values\s*(\[|\.\w+\s*=)|\.data\s*=|setDataEnabled|registry\.values/.test(this.code)) return;
    const written = new Set();
    for (const c of this.calls) {
      if (!/^(setData|set|incData|inc|toggleData|toggle|merge)$/.test(c.name)) continue;
      const a = c.n.arguments[0];
      if (a && a.type === 'Literal') written.add(String(a.value));
      if (a && a.type === 'TemplateLiteral') return;
      if (a && a.type === 'ObjectExpression') for (const q of a.properties) { if (q.type !== 'Property') return; written.add(String(q.key.name || q.key.value)); }
      if (a && a.type === 'Identifier') return;
    }
    for (const c of this.calls) {
      if (!(c.name === 'getData' || (c.name === 'get' && /(^|\.)data$/.test(c.on || '')))) continue;
      const a = c.n.arguments[0];
      if (!a || a.type !== 'Literal' || typeof a.value !== 'string' || written.has(a.value)) continue;
      if (!c.ctx.inTest) continue;
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) reads '${a.value}', which nothing in the program ever stores (no setData('${a.value}', ...)): it is undefined every time, so the test it is part of never changes (setData('${a.value}', ...) where it happens)`, lineOf(c.n), `setData('${a.value}', ...)`);
      return;
    }
  }

  // this.side = 0 in create(), and if (this.side !== 0 && side !== this.side) where nothing ever stores a new side:
  // the field keeps its first value, so the test is always the same and the swing is never counted (this.side = side)
  fieldOnlyItsStart() {
    const SCENE = /^(game|sys|events|cameras|add|make|scene|children|lights|data|input|load|time|tweens|physics|matter|registry|sound|textures|anims|cache|plugins|renderer|scale|parent|body|active|visible|x|y|width|height|alpha|depth|key)$/;
    const writes = new Map();
    for (const a of this.assigns) if (/^this\.\w+$/.test(a.path)) { if (!writes.has(a.path)) writes.set(a.path, []); writes.get(a.path).push(a); }
    walk(this.ast, (n, parent, key, ctx) => {
      // in a scene: a class's method, or a lifecycle method of an object scene
      if (this.onlyStartFound || n.type !== 'BinaryExpression' || !['===', '!==', '==', '!='].includes(n.operator) || !ctx.inTest || !(ctx.cls || ctx.roles.some((r) => /^(create|update|init)$/.test(r || '')))) return;
      // compared with a value written in the code: the test is the same every time (a field read as a setting, compared
      // with something that changes, is left alone)
      const side = [n.left, n.right].find((e) => /^this\.\w+$/.test(memberPath(e) || ''));
      if (!side || !literalValue(side === n.left ? n.right : n.left).ok) return;
      const path = memberPath(side);
      const name = path.slice(5);
      if (SCENE.test(name)) return;
      const list = writes.get(path) || [];
      if (!list.length || !list.every((a) => a.op === '=' && literalValue(a.value).ok && literalValue(a.value).value === literalValue(list[0].value).value)) return;
      const start = literalValue(list[0].value).value;
      if (typeof start !== 'number' && typeof start !== 'string') return;
      // every other mention is a plain read: not written another way, not handed on, not destructured into
      const esc = name.replace(/\$/g, '\\$');
      const mentions = [...this.code.matchAll(new RegExp(`\\.\\s*${esc}(?![\\w$])`, 'g'))];
      if (mentions.length !== [...this.code.matchAll(new RegExp(`this\\.${esc}(?![\\w$])`, 'g'))].length) return;
      if (mentions.some((m) => /^\s*(\+\+|--|[-+*/|&]=|,|\]|\})/.test(this.code.slice(m.index + m[0].length)) || /(\+\+|--)\s*$/.test(this.code.slice(0, m.index - 4)))) return;
      if (new RegExp(`Object\\.assign\\s*\\(\\s*this|this\\s*\\[|['"\`]${esc}['"\`]|\\b${esc}\\s*:|\\bset${esc[0].toUpperCase()}${esc.slice(1)}\\s*\\(`).test(this.code)) return;
      if (ctx.cls && ctx.cls.superClass && !/Scene$/.test(memberPath(ctx.cls.superClass) || '')) return;
      if (ctx.cls && !ctx.cls.superClass) return;
      this.onlyStartFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) tests ${path}, which is only ever set to ${JSON.stringify(start)} (line ${list[0].line}): nothing stores a new value, so the test always comes out the same (store it where it changes: ${path} = ...)`, lineOf(n), `${path} = ...`);
    });
  }

  // if (this.stars.getLength() > MAX_STARS) return; this.stars.create(...): the test runs before the new one is added,
  // so at MAX_STARS it still adds one, and there are MAX_STARS + 1 (>=)
  capTestedBeforeAdd() {
    walk(this.ast, (block) => {
      if (this.capBeforeAddFound || !Array.isArray(block.body)) return;
      block.body.forEach((st, k) => {
        if (this.capBeforeAddFound || st.type !== 'IfStatement' || st.test.type !== 'BinaryExpression' || st.test.operator !== '>') return;
        const lhs = this.code.slice(st.test.left.start, st.test.left.end);
        const cap = this.code.slice(st.test.right.start, st.test.right.end);
        const m = /^([\w.]+?)\.(getLength\(\)|countActive\([^)]*\)|length|getChildren\(\)\.length)$/.exec(lhs.replace(/\s+/g, ''));
        if (!m || !/(^|[._])(MAX|max|Max|LIMIT|limit|Limit|CAP|cap)|^(MAX|LIMIT|CAP)\w*$|max\w*$/i.test(cap)) return;
        const stops = /^(ReturnStatement|ExpressionStatement|BlockStatement)$/.test(st.consequent.type) && /\breturn\b|\.remove\s*\(|\.destroy\s*\(|paused\s*=\s*true/.test(this.code.slice(st.consequent.start, st.consequent.end));
        if (!stops) return;
        const rest = block.body.slice(k + 1).map((x) => this.code.slice(x.start, x.end)).join('\n');
        const esc = m[1].replace(/[.$]/g, (ch) => '\\' + ch);
        const adds = new RegExp(`${esc}\\s*\\.\\s*(create|add|push|get)\\s*\\(|${esc}\\s*\\.\\s*(createMultiple)\\s*\\(`).exec(rest);
        if (!adds) return;
        this.capBeforeAddFound = true;
        this.add('wrong_argument', true, `if (${this.code.slice(st.test.start, st.test.end)}) (line ${lineOf(st)}) runs before the new one is added (${adds[0].trim()}...): at exactly ${cap} the test is false and one more is added, so there are ${cap} + 1 (>=)`, lineOf(st), `${lhs} >= ${cap}`);
      });
    });
  }

  // const name = this.items[index]; this.items.splice(index): with no count, splice removes everything from index to
  // the end, not the one item just read (splice(index, 1))
  spliceWithoutCount() {
    for (const c of this.calls) {
      if (c.name !== 'splice' || c.n.arguments.length !== 1 || c.n.arguments[0].type !== 'Identifier' || !c.ctx.fn) continue;
      const idx = c.n.arguments[0].name;
      const list = this.code.slice(c.n.callee.object.start, c.n.callee.object.end);
      const esc = list.replace(/[.$[\]()]/g, (ch) => '\\' + ch);
      // the one item at that index read just before, in the same function
      const before = this.code.slice(c.ctx.fn.start, c.n.start);
      if (!new RegExp(`${esc}\\s*\\[\\s*${idx}\\s*\\](?!\\s*=[^=])`).test(before)) continue;
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) has no count, so it removes everything from ${idx} to the end, not just the one item read at ${list}[${idx}] (${list}.splice(${idx}, 1))`, lineOf(c.n), `${list}.splice(${idx}, 1)`);
      return;
    }
  }

  // this.ghosts = this.matter.world.nextGroup(); body.setCollisionGroup(this.ghosts): a positive group makes its members
  // always collide, which they do anyway with no categories or masks set, so the group changes nothing; members that
  // pass through each other are nextGroup(true)
  collidingGroupDoesNothing() {
    if (/setCollidesWith|setCollisionCategory|nextCategory|collisionFilter|\bmask\s*:|\bcategory\s*:/.test(this.bare())) return;
    const made = this.calls.find((c) => c.name === 'nextGroup' && (c.n.arguments.length === 0 || literalValue(c.n.arguments[0]).value === false));
    if (!made || !/setCollisionGroup\s*\(|\bgroup\s*:/.test(this.code)) return;
    this.add('never_fires', true, `${this.code.slice(made.n.start, made.n.end)} (line ${lineOf(made.n)}) makes a colliding group: its members always collide with each other, as every body does when no categories or masks are set, so setting it changes nothing (members that pass through each other: nextGroup(true))`, lineOf(made.n), 'nextGroup(true)');
  }

  // new Set(this.grid).size === 1 where this.grid is a list of rows (read as this.grid[y][x]): the Set holds the row
  // arrays, one per row, so its size is the number of rows and never 1 (new Set(this.grid.flat()))
  setOfRows() {
    walk(this.ast, (n) => {
      if (this.setOfRowsFound || n.type !== 'NewExpression' || n.callee.type !== 'Identifier' || n.callee.name !== 'Set' || n.arguments.length !== 1) return;
      const path = memberPath(n.arguments[0]);
      if (!path) return;
      const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
      if (!new RegExp(`${esc}\\s*\\[[^\\]]+\\]\\s*\\[`).test(this.code)) return;
      this.setOfRowsFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}): ${path} is a list of rows (read as ${path}[y][x]), so the Set holds the row arrays, one per row, not the cells, and its size is the number of rows (new Set(${path}.flat()))`, lineOf(n), `new Set(${path}.flat())`);
    });
  }

  // if (/[a-z]/i.test(event.key)) { add a letter } else if (event.key === 'Backspace'): the test is not anchored, and
  // 'Backspace' and 'Enter' contain letters, so they are typed as letters and their own branches never run (/^[a-z]$/i)
  unanchoredKeyTest() {
    walk(this.ast, (n) => {
      if (this.unanchoredFound || n.type !== 'IfStatement' || n.test.type !== 'CallExpression' || n.test.callee.type !== 'MemberExpression' || n.test.callee.property.name !== 'test') return;
      const re = n.test.callee.object;
      const arg = n.test.arguments[0];
      if (!re.regex || !arg || !/\.key$/.test(memberPath(arg) || '') || re.regex.pattern.startsWith('^') || !/^\[[^\]]+\]$/.test(re.regex.pattern) || !/a-z|A-Z/.test(re.regex.pattern)) return;
      const later = n.alternate ? this.code.slice(n.alternate.start, n.alternate.end) : '';
      const named = /['"](Backspace|Enter|Shift|Escape|Space|Tab|Delete)['"]/.exec(later);
      if (!named) return;
      this.unanchoredFound = true;
      this.add('never_fires', true, `/${re.regex.pattern}/${re.regex.flags}.test(${memberPath(arg)}) (line ${lineOf(n)}) is not anchored, so it is true for '${named[1]}' too (a key name made of letters): that key is taken as a letter and its own branch (line ${lineOf(n.alternate)}) never runs (/^${re.regex.pattern}$/${re.regex.flags})`, lineOf(n), `/^${re.regex.pattern}$/${re.regex.flags}`);
    });
  }

  // if (Math.abs(dx + dy) !== 1) return: a move of one step is |dx| + |dy| === 1; |dx + dy| is 1 for (2, -1) too, and 0
  // for (1, -1)
  absOfSumForSteps() {
    walk(this.ast, (n) => {
      if (this.absSumFound || n.type !== 'BinaryExpression' || !['===', '!==', '==', '!='].includes(n.operator)) return;
      const call = [n.left, n.right].find((e) => e.type === 'CallExpression' && memberPath(e.callee) === 'Math.abs');
      if (!call || this.numberOf(call === n.left ? n.right : n.left) !== 1) return;
      const sum = call.arguments[0];
      if (!sum || sum.type !== 'BinaryExpression' || sum.operator !== '+' || sum.left.type !== 'Identifier' || sum.right.type !== 'Identifier') return;
      const [a, b] = [sum.left.name, sum.right.name];
      const pair = (x, y) => (/x$|col|c$/i.test(x) && /y$|row|r$/i.test(y));
      if (!(pair(a, b) || pair(b, a))) return;
      this.absSumFound = true;
      this.add('wrong_argument', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}): |${a} + ${b}| is not the number of steps: it is 1 for (2, -1) as well, and 0 for a diagonal (1, -1) (Math.abs(${a}) + Math.abs(${b}))`, lineOf(n), `Math.abs(${a}) + Math.abs(${b})`);
    });
  }

  // const neighbours = [i, i - 1, i + 1, i - N, i + N] on a board kept as one flat list: at the end of a row, i + 1 is
  // the first cell of the next row, so a press wraps round to the other edge (test i % N before taking i - 1 and i + 1)
  flatNeighboursWrap() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.flatWrapFound || n.type !== 'ArrayExpression' || n.elements.length < 4) return;
      const texts = n.elements.map((e) => (e ? this.code.slice(e.start, e.end).replace(/\s+/g, '') : ''));
      const m = /^(\w+)-1$/.exec(texts.find((t) => /^\w+-1$/.test(t)) || '');
      if (!m) return;
      const i = m[1];
      if (!texts.includes(`${i}+1`)) return;
      const w = texts.map((t) => new RegExp(`^${i}\\+([A-Za-z_$][\\w$.]*)$`).exec(t)).find(Boolean);
      if (!w || !texts.includes(`${i}-${w[1]}`)) return;
      const scope = ctx.fn ? this.code.slice(ctx.fn.start, ctx.fn.end) : this.code;
      const escW = w[1].replace(/[.$]/g, (ch) => '\\' + ch);
      if (new RegExp(`%\\s*${escW}\\b`).test(scope)) return;
      this.flatWrapFound = true;
      this.add('wrong_argument', true, `[${texts.join(', ')}] (line ${lineOf(n)}) takes the left and right neighbours as ${i} - 1 and ${i} + 1 on a flat board of rows ${w[1]} wide, with no test of the column: at the end of a row ${i} + 1 is the first cell of the next row, so it wraps round to the other edge (only when ${i} % ${w[1]} > 0, and < ${w[1]} - 1)`, lineOf(n), `${i} % ${w[1]} tests`);
    });
  }

  // for (const v of line) { if (v) n++; else if (n) { out.push(n); n = 0; } } return out: a run still open when the line
  // ends is never added, so the last run is lost (if (n) out.push(n) after the loop)
  lastRunDropped() {
    walk(this.ast, (loop, parent, key, ctx) => {
      if (this.lastRunFound || !/^(For|ForOf|ForIn)Statement$/.test(loop.type) || !ctx.fn) return;
      const body = this.code.slice(loop.body.start, loop.body.end);
      const m = /(\w+)\s*\.\s*push\s*\(\s*(\w+)\s*\)\s*;\s*\2\s*=\s*0\b/.exec(body);
      if (!m) return;
      const [, out, n] = m;
      if (!new RegExp(`\\b${n}\\s*(\\+\\+|\\+=\\s*1\\b)|\\+\\+\\s*${n}\\b`).test(body)) return;
      const after = this.code.slice(loop.end, ctx.fn.end);
      if (new RegExp(`\\b${n}\\b`).test(after) || !new RegExp(`\\breturn\\b[^;]*\\b${out}\\b`).test(after)) return;
      this.lastRunFound = true;
      this.add('never_fires', true, `the loop of line ${lineOf(loop)} adds a run to ${out} only when it ends inside the line (${out}.push(${n}); ${n} = 0), and nothing adds the run still open when the loop ends: a last run is lost (if (${n}) ${out}.push(${n}) after the loop)`, lineOf(loop), `if (${n}) ${out}.push(${n})`);
    });
  }

  // for (let i = 0; i < 8; i++) { nx = x + (i % 3) - 1; ny = y + Math.floor(i / 3) - 1 }: the 3 x 3 block around a
  // cell has 9 cells, and 8 stops before the last one (the one below right), so it is never looked at (i < 9)
  gridLoopCutShort() {
    walk(this.ast, (loop) => {
      if (this.gridCutFound || loop.type !== 'ForStatement' || !loop.test || loop.test.type !== 'BinaryExpression' || loop.test.left.type !== 'Identifier') return;
      const i = loop.test.left.name;
      const bound = this.numberOf(loop.test.right);
      if (bound === null || !['<', '<='].includes(loop.test.operator)) return;
      const count = loop.test.operator === '<' ? bound : bound + 1;
      const body = this.code.slice(loop.body.start, loop.body.end);
      // offsets around a cell: (i % 3) - 1 and Math.floor(i / 3) - 1 (a layout of 8 tiles on a 3 x 3 board is not this)
      const mod = new RegExp(`\\(\\s*${i}\\s*%\\s*(\\d+)\\s*\\)\\s*-\\s*1\\b`).exec(body);
      const div = new RegExp(`Math\\.floor\\s*\\(\\s*${i}\\s*\\/\\s*(\\d+)\\s*\\)\\s*-\\s*1\\b`).exec(body);
      if (!mod || !div || mod[1] !== div[1]) return;
      const w = Number(mod[1]);
      if (w < 2 || count % w === 0 || count < w) return;
      this.gridCutFound = true;
      const rows = Math.ceil(count / w);
      this.add('never_fires', true, `${this.code.slice(loop.test.start, loop.test.end)} (line ${lineOf(loop)}) walks the block around a cell, ${w} wide, by (${i} % ${w}) - 1 and Math.floor(${i} / ${w}) - 1, but ${count} is not a whole number of rows: the last row stops ${rows * w - count} cell${rows * w - count > 1 ? 's' : ''} short, so ${rows * w - count > 1 ? 'those cells are' : 'that cell is'} never looked at (${i} < ${rows * w})`, lineOf(loop), `${i} < ${rows * w}`);
    });
  }

  // update() { if (this.enemies.countActive(true) === 0) this.time.delayedCall(2000, () => this.startWave()) }: the test
  // stays true for the two seconds the timer waits, so a new timer starts on every one of those frames and the wave
  // starts over a hundred times (a flag, or keep the timer and test it)
  timerStartedEveryFrame() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.everyFrameTimerFound || n.type !== 'IfStatement' || !ctx.roles.includes('update') || ctx.handedTo.some(Boolean)) return;
      const branch = n.consequent.type === 'BlockStatement' ? n.consequent.body : [n.consequent];
      const timer = branch.find((st) => st.type === 'ExpressionStatement' && st.expression.type === 'CallExpression' && /(^|\.)time\.(delayedCall|addEvent)$/.test(memberPath(st.expression.callee) || ''));
      if (!timer) return;
      // anything else in the branch that changes state (an assignment, another call, a return) may end the test: leave it
      const others = branch.filter((st) => st !== timer);
      if (others.some((st) => !(st.type === 'ExpressionStatement' && st.expression.type === 'CallExpression' && /\.(setText|setVisible|setColor|setAlpha)$/.test(memberPath(st.expression.callee) || this.code.slice(st.expression.callee.start, st.expression.callee.end))))) return;
      if (!/countActive|getLength|\.length|getChildren|===?\s*0|<=\s*0/.test(this.code.slice(n.test.start, n.test.end))) return;
      this.everyFrameTimerFound = true;
      this.add('misplaced', true, `${this.code.slice(timer.expression.callee.start, timer.expression.callee.end)}() (line ${lineOf(timer)}) is started in update() while ${this.code.slice(n.test.start, n.test.end)} holds, and nothing in that branch changes it: a new timer starts on every frame until the first one fires, so what it does happens many times over (set a flag, or keep the timer and start it only when there is none)`, lineOf(timer), 'start it once');
    });
  }

  // tweens.add({ repeat: -1, onComplete: reset }) ended with blink.stop(): a tween that repeats forever never completes,
  // and stop() does not complete it either, so onComplete never runs (onStop, or tween.complete())
  endlessTweenAwaited() {
    for (const c of this.calls) {
      if (c.name !== 'add' || !/(^|\.)tweens$/.test(c.on || '')) continue;
      const cfg = c.n.arguments[0];
      if (!cfg || cfg.type !== 'ObjectExpression') continue;
      const prop = (k) => cfg.properties.find((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === k);
      const rep = prop('repeat');
      const done = prop('onComplete');
      if (!rep || this.numberOf(rep.value) !== -1 || !done || prop('loop')) continue;
      if (/\.complete\s*\(\s*\)|onStop|['"]stop['"]/.test(this.code)) continue;
      this.add('never_fires', true, `the tween of line ${lineOf(c.n)} repeats forever (repeat: -1), so it never completes, and stop() or remove() end it without completing it: its onComplete (line ${lineOf(done)}) never runs (onStop, or call tween.complete())`, lineOf(done), 'onStop');
      return;
    }
  }

  // this.player.body.position.set(save.x, save.y): an Arcade body is placed from its game object at every step, so the
  // new place is written over at once (body.reset(x, y), or set the object's x and y)
  arcadeBodyPlacedByHand() {
    walk(this.ast, (n) => {
      if (this.bodyPlacedFound) return;
      let target = null;
      if (n.type === 'CallExpression' && /\.body\.position\.set$/.test(memberPath(n.callee) || '')) target = memberPath(n.callee).replace(/\.body\.position\.set$/, '');
      if (n.type === 'AssignmentExpression' && n.operator === '=' && /\.body\.(x|y)$/.test(memberPath(n.left) || '')) target = memberPath(n.left).replace(/\.body\.(x|y)$/, '');
      if (!target) return;
      this.bodyPlacedFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) moves the Arcade body alone, but the body is placed from ${target} at every step, so the move is undone at once (${target}.body.reset(x, y), or set ${target}'s x and y)`, lineOf(n), `${target}.body.reset(x, y)`);
    });
  }

  // if (pointer.isDown && time > this.nextShot) { ...; this.nextShot = time + FIRE_DELAY }: this.nextShot is set only in
  // the branch that needs it, and is undefined before that, so time > undefined is false and the branch never runs
  nextTimeNeverStarted() {
    walk(this.ast, (n) => {
      if (this.nextTimeFound || n.type !== 'IfStatement') return;
      let field = null;
      walk(n.test, (b) => {
        if (field || b.type !== 'BinaryExpression') return;
        if (['>', '>='].includes(b.operator) && /^this\.\w+$/.test(memberPath(b.right) || '')) field = memberPath(b.right);
        if (['<', '<='].includes(b.operator) && /^this\.\w+$/.test(memberPath(b.left) || '')) field = memberPath(b.left);
      });
      if (!field) return;
      const writes = this.assigns.filter((a) => a.path === field);
      if (!writes.length || writes.some((a) => !(n.consequent.start <= a.value.start && a.value.end <= n.consequent.end))) return;
      const name = field.slice(5);
      if (new RegExp(`\\b${name}\\s*:|['"\`]${name}['"\`]|Object\\.assign\\s*\\(\\s*this|this\\s*\\[`).test(this.code)) return;
      this.nextTimeFound = true;
      this.add('never_fires', true, `if (${this.code.slice(n.test.start, n.test.end)}) (line ${lineOf(n)}) compares with ${field}, which is set only inside this branch (line ${writes[0].line}): before that it is undefined, any comparison with undefined is false, so the branch never runs (${field} = 0 where the scene starts)`, lineOf(n), `${field} = 0`);
    });
  }

  // Math.round(this.bossHp / BOSS_MAX_HP) * 100: the fraction is rounded first, to 0 or 1, so the percentage is only ever
  // 0 or 100 (Math.round(this.bossHp / BOSS_MAX_HP * 100))
  fractionRoundedBeforePercent() {
    walk(this.ast, (n) => {
      if (this.percentFound || n.type !== 'BinaryExpression' || n.operator !== '*' || this.numberOf(n.right) !== 100 || n.left.type !== 'CallExpression') return;
      if (!/^Math\.(round|floor|ceil|trunc)$/.test(memberPath(n.left.callee) || '')) return;
      const arg = n.left.arguments[0];
      // a part over its whole (hp / MAX_HP), not a cell worked out from an index (Math.floor(i / 3) * 100)
      if (!arg || arg.type !== 'BinaryExpression' || arg.operator !== '/' || !/(max|total|full|capacity|limit|start|initial)\w*$/i.test(this.code.slice(arg.right.start, arg.right.end))) return;
      this.percentFound = true;
      const fn = memberPath(n.left.callee);
      this.add('wrong_argument', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) rounds the fraction ${this.code.slice(arg.start, arg.end)} before it is made a percentage, so it is only ever 0 or 100 (${fn}(${this.code.slice(arg.start, arg.end)} * 100))`, lineOf(n), `${fn}(... * 100)`);
    });
  }

  // for (const row in ROWS) { score: (row + 1) * 10 }: for...in gives an array's indexes as strings, so row + 1 is '01',
  // '11', ... (for (let row = 0; row < ROWS.length; row++), or ROWS.forEach)
  arrayKeysAsNumbers() {
    walk(this.ast, (loop) => {
      if (this.arrayKeysFound || loop.type !== 'ForInStatement' || loop.left.type !== 'VariableDeclaration') return;
      const k = loop.left.declarations[0].id.name;
      let arr = loop.right;
      if (arr.type === 'Identifier') arr = this.localValue(arr, null);
      if (!arr || arr.type !== 'ArrayExpression') return;
      let sum = null;
      walk(loop.body, (b) => { if (!sum && b.type === 'BinaryExpression' && b.operator === '+' && ((b.left.type === 'Identifier' && b.left.name === k && this.numberOf(b.right) !== null) || (b.right.type === 'Identifier' && b.right.name === k && this.numberOf(b.left) !== null))) sum = b; });
      if (!sum) return;
      this.arrayKeysFound = true;
      this.add('wrong_argument', true, `for (... ${k} in ${this.code.slice(loop.right.start, loop.right.end)}) (line ${lineOf(loop)}) gives the array's indexes as strings, so ${this.code.slice(sum.start, sum.end)} (line ${lineOf(sum)}) joins text ('0' + 1 is '01') instead of adding (a counted for loop, or forEach((item, ${k}) => ...))`, lineOf(sum), `for (let ${k} = 0; ...)`);
    });
  }

  // const bolt = this.bolts.getFirst(true); bolt.enableBody(true, ...): getFirst(true) finds a member that is already
  // active, and a pool's free members are the inactive ones, so nothing is ever taken to fire (getFirst(false),
  // getFirstDead(), or get())
  liveMemberTakenToSpawn() {
    walk(this.ast, (d, parent, key, ctx) => {
      if (this.liveTakenFound || d.type !== 'VariableDeclarator' || d.id.type !== 'Identifier' || !d.init || d.init.type !== 'CallExpression' || !ctx.fn) return;
      const cal = d.init.callee;
      if (cal.type !== 'MemberExpression' || cal.property.name !== 'getFirst' || !d.init.arguments[0] || literalValue(d.init.arguments[0]).value !== true) return;
      const v = d.id.name;
      const after = this.code.slice(d.end, ctx.fn.end);
      const woken = new RegExp(`\\b${v}\\s*\\.\\s*(enableBody\\s*\\(\\s*true|setActive\\s*\\(\\s*true|enable\\s*\\(|reset\\s*\\(|fire\\s*\\()|\\b${v}\\.active\\s*=\\s*true`).exec(after);
      if (!woken) return;
      this.liveTakenFound = true;
      this.add('never_fires', true, `${this.code.slice(d.init.start, d.init.end)} (line ${lineOf(d)}) looks for a member that is already active, and then wakes it (${woken[0].trim()}...): a pool's free members are the inactive ones, so with none active nothing is ever taken (getFirst(false), getFirstDead(), or get())`, lineOf(d), `${this.code.slice(cal.object.start, cal.object.end)}.getFirst(false)`);
    });
  }

  // if (this.enemies.countActive() === 0) nextWave(); enemy.destroy(): the count is taken while the last enemy is still
  // there, so it is never 0 when the last one is hit (destroy first, then count)
  countedBeforeItsDestroy() {
    walk(this.ast, (block) => {
      if (this.countBeforeDestroyFound || !Array.isArray(block.body)) return;
      block.body.forEach((st, k) => {
        if (this.countBeforeDestroyFound || st.type !== 'IfStatement') return;
        const m = /([\w.]+)\s*\.\s*(countActive|getLength)\s*\([^)]*\)\s*(===?|<=?)\s*0\b/.exec(this.code.slice(st.test.start, st.test.end));
        if (!m) return;
        const later = block.body.slice(k + 1).find((x) => x.type === 'ExpressionStatement' && x.expression.type === 'CallExpression' && /^(destroy|disableBody|killAndHide|remove)$/.test(x.expression.callee.property ? x.expression.callee.property.name : ''));
        if (!later) return;
        const call = later.expression;
        const gone = call.callee.property.name === 'destroy' || call.callee.property.name === 'disableBody' ? this.code.slice(call.callee.object.start, call.callee.object.end) : this.code.slice((call.arguments[0] || call).start, (call.arguments[0] || call).end);
        if (call.callee.property.name !== 'destroy' && call.callee.property.name !== 'disableBody' && this.code.slice(call.callee.object.start, call.callee.object.end) !== m[1]) return;
        // the one removed is a member of the group counted: a handler parameter of the collider or the group's own callback
        if (!/^\w+$/.test(gone)) return;
        this.countBeforeDestroyFound = true;
        this.add('never_fires', true, `if (${this.code.slice(st.test.start, st.test.end)}) (line ${lineOf(st)}) counts ${m[1]} before ${this.code.slice(call.start, call.end)} (line ${lineOf(later)}) takes ${gone} away: when the last one goes, it is still counted, so the test is never true (remove first, then count)`, lineOf(st), 'remove first, then count');
      });
    });
  }

  // a pool (maxSize 12) whose members are put away with killAndHide(), but taken with create(): create() always makes a
  // new member and gives null once the pool is full, so the members put away are never used again and nothing more
  // spawns (get(), which takes a free member first)
  poolFilledByCreate() {
    for (const c of this.calls) {
      if (c.name !== 'group' || !/(^|\.)(physics\.)?add$/.test(c.on || '')) continue;
      const cfg = c.n.arguments.find((a) => a && a.type === 'ObjectExpression');
      const max = cfg && cfg.properties.find((q) => q.type === 'Property' && q.key && (q.key.name || q.key.value) === 'maxSize');
      if (!max || (this.numberOf(max.value) ?? -1) < 1) continue;
      const decl = this.assigns.find((a) => a.value === c.n);
      const path = decl ? decl.path : null;
      if (!path) continue;
      const esc = path.replace(/[.$]/g, (ch) => '\\' + ch);
      const made = new RegExp(`${esc}\\s*\\.\\s*create\\s*\\(`).exec(this.code);
      if (!made || new RegExp(`${esc}\\s*\\.\\s*(get|getFirst|getFirstDead|getFirstAlive|createMultiple)\\s*\\(`).test(this.code)) continue;
      if (!new RegExp(`${esc}\\s*\\.\\s*killAndHide\\s*\\(|\\.(disableBody|setActive)\\s*\\(\\s*(true|false)`).test(this.code)) continue;
      const line = this.code.slice(0, made.index).split('\n').length;
      this.add('never_fires', true, `${path}.create(...) (line ${line}) makes a new member every time, and the pool's maxSize (line ${lineOf(max)}) stops it at ${this.code.slice(max.value.start, max.value.end)}: the members put away are never taken again, so once it is full nothing more spawns (${path}.get(...), which reuses a free member)`, line, `${path}.get(...)`);
      return;
    }
  }

  // this.airTime += delta (milliseconds) tested against COYOTE_TIME = 0.12 (seconds): the count passes 0.12 on the
  // first frame, so the window is never open (0.12 * 1000, or add delta / 1000)
  secondsAgainstMilliseconds() {
    const fed = new Set();
    walk(this.ast, (n) => { if (n.type === 'AssignmentExpression' && n.operator === '+=' && n.right.type === 'Identifier' && n.right.name === 'delta' && memberPath(n.left)) fed.add(memberPath(n.left)); });
    walk(this.ast, (n) => {
      if (this.secondsMsFound || n.type !== 'BinaryExpression' || !['<', '<=', '>', '>='].includes(n.operator)) return;
      const [a, b] = [memberPath(n.left), memberPath(n.right)];
      const side = fed.has(a) ? n.right : fed.has(b) ? n.left : null;
      if (!side) return;
      const v = this.numberOf(side);
      if (v === null || v <= 0 || v >= 1) return;
      this.secondsMsFound = true;
      const count = fed.has(a) ? a : b;
      this.add('wrong_argument', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}): ${count} adds up delta, which is in milliseconds, but ${this.code.slice(side.start, side.end)} is ${v}, a time in seconds: the count passes it on the first frame (${v * 1000} ms, or add delta / 1000)`, lineOf(n), `${v * 1000}`);
    });
  }

  // physics: { arcade: { gravity: { y: 900 } } } and body.setGravityY(onLadder ? 0 : GRAVITY): a body's own gravity is
  // added to the world's, so 0 leaves the world's 900 and the climber still falls (body.setAllowGravity(false))
  bodyGravityZeroUnderWorld() {
    const g = /gravity\s*:\s*\{[^}]*\by\s*:\s*([\w.]+)/.exec(this.code);
    if (!g) return;
    const world = /^\d/.test(g[1]) ? Number(g[1]) : (() => { const d = this.decls.get(g[1]); return d && d.length === 1 ? this.numberOf(d[0].init) : null; })();
    if (!world || world <= 0) return;
    walk(this.ast, (n) => {
      if (this.gravityZeroFound) return;
      let arg = null;
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && n.callee.property.name === 'setGravityY' && n.arguments.length === 1) arg = n.arguments[0];
      if (n.type === 'AssignmentExpression' && n.operator === '=' && /\.gravity\.y$/.test(memberPath(n.left) || '') && !/world/.test(memberPath(n.left))) arg = n.right;
      if (!arg) return;
      // 0 in one case and a pull of its own in the other (onLadder ? 0 : GRAVITY): the code takes the body's gravity for
      // the whole pull; a lone 0, or 0 beside a pull the other way (a flip), is the normal state on purpose
      if (arg.type !== 'ConditionalExpression') return;
      const [a, b] = [this.numberOf(arg.consequent), this.numberOf(arg.alternate)];
      if (!((a === 0 && b > 0) || (b === 0 && a > 0))) return;
      this.gravityZeroFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) sets the body's own gravity to 0, but a body's gravity is added to the world's (${g[1]}), so it still falls (body.setAllowGravity(false) to switch gravity off)`, lineOf(n), 'setAllowGravity(false)');
    });
  }

  // const falling = player.body.velocity.y < 0: y grows downwards, so a falling body has a velocity above 0, and this is
  // true while it rises (velocity.y > 0)
  fallingSignFlipped() {
    walk(this.ast, (d) => {
      if (this.fallingSignFound || d.type !== 'VariableDeclarator' || d.id.type !== 'Identifier' || !d.init || d.init.type !== 'BinaryExpression') return;
      const t = d.init;
      if (!/velocity\.y$/.test(memberPath(t.left) || '') || this.numberOf(t.right) !== 0) return;
      const down = /fall|descend|goingDown|movingDown|dropping/i.test(d.id.name);
      const up = /rising|ascend|goingUp|movingUp|jumping/i.test(d.id.name);
      const wrong = (down && t.operator[0] === '<') || (up && t.operator[0] === '>');
      if (!wrong) return;
      this.fallingSignFound = true;
      this.add('wrong_argument', true, `${d.id.name} = ${this.code.slice(t.start, t.end)} (line ${lineOf(d)}): y grows downwards, so a body going ${down ? 'down has a velocity.y above 0' : 'up has a velocity.y below 0'}, and this is true the other way round (${memberPath(t.left)} ${down ? '>' : '<'} 0)`, lineOf(d), `${memberPath(t.left)} ${down ? '>' : '<'} 0`);
    });
  }

  // this.guards = physics.add.group(); this.guards.setVelocityX(90); then this.guards.create(...): a group's setVelocityX
  // sets the members it has now, and it has none yet, so the guards made after stand still (set it after, or
  // velocityX: 90 in the group's config)
  groupSetBeforeMembers() {
    walk(this.ast, (fn) => {
      if (this.groupSetEarlyFound || !/Function/.test(fn.type) || fn.body.type !== 'BlockStatement') return;
      fn.body.body.forEach((st, k) => {
        if (this.groupSetEarlyFound || st.type !== 'ExpressionStatement' || st.expression.type !== 'CallExpression') return;
        const c = st.expression;
        if (c.callee.type !== 'MemberExpression' || !/^setVelocity[XY]?$/.test(c.callee.property.name)) return;
        const g = memberPath(c.callee.object);
        if (!g) return;
        const before = fn.body.body.slice(0, k);
        const made = before.find((b) => b.type === 'ExpressionStatement' && b.expression.type === 'AssignmentExpression' && memberPath(b.expression.left) === g && b.expression.right.type === 'CallExpression' && /physics\.add\.group$/.test(memberPath(b.expression.right.callee) || ''))
          || before.find((b) => b.type === 'VariableDeclaration' && b.declarations.some((d) => d.id.name === g && d.init && d.init.type === 'CallExpression' && /physics\.add\.group$/.test(memberPath(d.init.callee) || '')));
        if (!made) return;
        const esc = g.replace(/[.$]/g, (ch) => '\\' + ch);
        const fill = new RegExp(`${esc}\\s*\\.\\s*(create|createMultiple|add|addMultiple|get)\\s*\\(`);
        const madeText = this.code.slice(made.start, made.end);
        if (/\b(key|classType|createCallback|quantity|frameQuantity)\s*:/.test(madeText) || before.some((b) => fill.test(this.code.slice(b.start, b.end)))) return;
        // filled later: further down this function, or only in other functions (a timer's, a handler's), which run after it
        const laterHere = fn.body.body.slice(k + 1).find((b) => fill.test(this.code.slice(b.start, b.end)));
        const elsewhere = fill.exec(this.code.slice(0, fn.start) + ' '.repeat(fn.end - fn.start) + this.code.slice(fn.end));
        if (!laterHere && !elsewhere) return;
        const fillLine = laterHere ? lineOf(laterHere) : this.code.slice(0, elsewhere.index).split('\n').length;
        this.groupSetEarlyFound = true;
        this.add('never_fires', true, `${this.code.slice(c.start, c.end)} (line ${lineOf(c)}) sets the velocity of the members ${g} has now, and it has none yet: the members made after it (line ${fillLine}) never get it (set it after they are made, or give the group's config ${c.callee.property.name.replace('set', '').replace(/^V/, 'v')}: ...)`, lineOf(c), 'after the members are made');
      });
    });
  }

  // stored.sort().reverse() on a list of scores: sort() with no compare function orders by text, so 80 comes after 120
  // and 9 before 10 ((a, b) => a - b)
  numbersSortedAsText() {
    for (const c of this.calls) {
      if (this.numSortFound || c.name !== 'sort' || c.n.arguments.length || c.n.callee.type !== 'MemberExpression') continue;
      const list = this.code.slice(c.n.callee.object.start, c.n.callee.object.end);
      const esc = list.replace(/[.$[\]()]/g, (ch) => '\\' + ch);
      const pushed = new RegExp(`${esc}\\s*\\.\\s*push\\s*\\(([^;\\n]*)\\)`).exec(this.code);
      const numeric = (pushed && /score|point|time|count|presses|hits|clicks|taps|kills|coins|gems|moves|total|distance|getData|data\.get|Math\.|\.length|^\s*\d/i.test(pushed[1]) && !/^\s*['"`]|\{|name/.test(pushed[1])) || /(scores|points|times|numbers)$/i.test(list);
      if (!numeric) continue;
      this.numSortFound = true;
      this.add('wrong_argument', true, `${list}.sort() (line ${lineOf(c.n)}) with no compare function orders the numbers as text: 80 comes after 120, and 9 after 10 (${list}.sort((a, b) => a - b))`, lineOf(c.n), `${list}.sort((a, b) => a - b)`);
    }
  }

  // localStorage.setItem(KEY, scores) and JSON.parse(localStorage.getItem(KEY)): setItem keeps text, and a list becomes
  // "120,80", which JSON.parse does not give back as the list (JSON.stringify(scores))
  storedWithoutStringify() {
    for (const c of this.calls) {
      if (c.name !== 'setItem' || !/localStorage$/.test(c.on || '') || c.n.arguments.length !== 2) continue;
      const v = c.n.arguments[1];
      if (!(v.type === 'Identifier' || memberPath(v))) continue;
      const name = this.code.slice(v.start, v.end);
      const esc = name.replace(/[.$]/g, (ch) => '\\' + ch);
      const plural = /(scores|list|table|items|history|entries|records|board|results|times|save|state|data)$/i.test(name);
      const arrayish = new RegExp(`${esc}\\s*\\.\\s*(push|sort|slice|map|filter|splice)\\s*\\(|${esc}\\s*=\\s*\\[|${esc}\\s*=\\s*\\{`).test(this.code);
      if (!plural && !arrayish) continue;
      // a name the program keeps numbers or text in (count, best) is not a list
      if (/(count|best|high|level|score|name)$/i.test(name) && !arrayish) continue;
      const key = this.code.slice(c.n.arguments[0].start, c.n.arguments[0].end);
      const kesc = key.replace(/[.$[\]()'"]/g, (ch) => '\\' + ch);
      if (!new RegExp(`JSON\\.parse\\s*\\(\\s*localStorage\\.getItem\\s*\\(\\s*${kesc}\\s*\\)`).test(this.code)) continue;
      this.add('never_fires', true, `localStorage.setItem(${key}, ${name}) (line ${lineOf(c.n)}) stores ${name} as text (a list becomes "120,80"), and JSON.parse of what is read back does not give the list again: what was saved is lost (JSON.stringify(${name}))`, lineOf(c.n), `JSON.stringify(${name})`);
      return;
    }
  }

  // const ledge = this.ledges.create(x, y, 'brick').setScale(tiles, 1); const half = ledge.width / 2: width is the
  // frame's own size, before the scale, so half is one brick's half, not the ledge's (displayWidth)
  scaledSizeReadUnscaled() {
    walk(this.ast, (d, parent, key, ctx) => {
      if (this.unscaledFound || d.type !== 'VariableDeclarator' || d.id.type !== 'Identifier' || !d.init || !ctx.fn) return;
      const text = this.code.slice(d.init.start, d.init.end);
      const sc = /\.setScale\s*\(([^()]*)\)|\.setDisplaySize\s*\(/.exec(text);
      if (!sc || (sc[1] !== undefined && sc[1].split(',').every((x) => { const v = Number(x.trim()); return v === 1; }))) return;
      const v = d.id.name;
      const after = this.code.slice(d.end, ctx.fn.end);
      const m = new RegExp(`\\b${v}\\s*\\.\\s*(width|height)\\s*\\/\\s*2`).exec(after);
      if (!m) return;
      this.unscaledFound = true;
      const line = this.code.slice(0, d.end + m.index).split('\n').length;
      this.add('wrong_argument', true, `${v}.${m[1]} (line ${line}) is the frame's own size, before the ${sc[0].trim().slice(1, sc[0].indexOf('('))} of line ${lineOf(d)}: ${m[0]} is half of the unscaled ${m[1]}, not of what is shown (${v}.display${m[1][0].toUpperCase()}${m[1].slice(1)})`, line, `${v}.display${m[1][0].toUpperCase()}${m[1].slice(1)}`);
    });
  }

  // this.expected = this.sequence; ... this.expected.shift(): both names hold the one array, so each shift() takes from
  // the sequence too, and the sequence is empty for the next round ([...this.sequence])
  listAliasEmptied() {
    walk(this.ast, (n) => {
      if (this.aliasEmptiedFound || n.type !== 'AssignmentExpression' || n.operator !== '=') return;
      const [a, b] = [memberPath(n.left), memberPath(n.right)];
      if (!a || !b || a === b || !/^this\.\w+$/.test(a) || !/^this\.\w+$/.test(b)) return;
      const esc = (p) => p.replace(/[.$]/g, (ch) => '\\' + ch);
      if (!new RegExp(`${esc(b)}\\s*\\.\\s*push\\s*\\(|${esc(b)}\\s*=\\s*\\[`).test(this.code)) return;
      const taken = new RegExp(`${esc(a)}\\s*\\.\\s*(shift|pop|splice)\\s*\\(`).exec(this.code);
      if (!taken) return;
      // the source is used again after being taken from (read for the next round)
      if (!new RegExp(`${esc(b)}\\s*\\.\\s*(forEach|length|map|push|slice|\\[)|${esc(b)}\\s*\\[`).test(this.code.slice(n.end))) return;
      if (this.assigns.some((x) => x.path === b && x.value.type === 'ArrayExpression' && x.line > lineOf(n))) return;
      this.aliasEmptiedFound = true;
      const line = this.code.slice(0, taken.index).split('\n').length;
      this.add('never_fires', true, `${a} = ${b} (line ${lineOf(n)}) makes both names hold the one array, so ${a}.${taken[1]}() (line ${line}) takes from ${b} too: it is emptied as it is used, and what it should keep is lost (${a} = [...${b}])`, lineOf(n), `${a} = [...${b}]`);
    });
  }

  // '#' + [r, g, b].map((v) => v.toString(16)).join(''): a channel below 16 gives one digit, so green 4 makes '#ff040'
  // and every colour after it shifts (toString(16).padStart(2, '0'))
  hexWithoutPadding() {
    walk(this.ast, (n) => {
      if (this.hexPadFound || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.property.name !== 'toString' || literalValue(n.arguments[0]).value !== 16) return;
      // several channels joined: in a map(...).join(''), or two or more toString(16) in one expression
      const line = this.code.split('\n')[lineOf(n) - 1] || '';
      const joined = /\.map\s*\([^;]*toString\s*\(\s*16\s*\)[^;]*\)\s*\.\s*join\s*\(\s*['"]{2}\s*\)/.test(line) || (line.match(/toString\s*\(\s*16\s*\)/g) || []).length >= 2;
      if (!joined || /padStart|slice\s*\(\s*-2\s*\)|substr\s*\(\s*-2|['"]0['"]\s*\+|<\s*16\s*\?/.test(line)) return;
      this.hexPadFound = true;
      this.add('wrong_argument', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) gives one digit for a channel below 16 (4 is '4', not '04'), so the joined colour loses a digit and every channel after it shifts (${this.code.slice(n.start, n.end)}.padStart(2, '0'))`, lineOf(n), "padStart(2, '0')");
    });
  }

  // this.settings = { ...saved, ...DEFAULTS }: later keys win, so every default is written over what was saved and the
  // saved settings never come back ({ ...DEFAULTS, ...saved })
  defaultsOverSaved() {
    walk(this.ast, (n) => {
      if (this.defaultsFound) return;
      let parts = null;
      if (n.type === 'ObjectExpression' && n.properties.length >= 2 && n.properties.every((q) => q.type === 'SpreadElement')) parts = n.properties.map((q) => q.argument);
      if (n.type === 'CallExpression' && memberPath(n.callee) === 'Object.assign' && n.arguments.length >= 3) parts = n.arguments.slice(1);
      if (!parts) return;
      const names = parts.map((e) => this.code.slice(e.start, e.end));
      const last = names[names.length - 1];
      if (!/^(this\.)?(DEFAULTS?|defaults?|DEFAULT_\w+|default\w*)$/.test(last)) return;
      const saved = names.slice(0, -1).find((x) => /saved|stored|loaded|parsed|prefs|fromStorage|persist/i.test(x));
      if (!saved) return;
      this.defaultsFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end).slice(0, 60)} (line ${lineOf(n)}): later keys win, so ${last} is written over ${saved} and the saved values never come back (put the defaults first: ${n.type === 'ObjectExpression' ? `{ ...${last}, ...${saved} }` : `Object.assign({}, ${last}, ${saved})`})`, lineOf(n), `defaults first`);
    });
  }

  // this.slots.forEach((slot) => { if (slot.item === null) { slot.item = name; return; } }): return leaves only this
  // step of forEach, so every empty slot gets the item (for...of with break, or find())
  returnToLeaveForEach() {
    for (const c of this.calls) {
      if (c.name !== 'forEach' || !c.n.arguments[0] || !/Function/.test(c.n.arguments[0].type) || c.n.arguments[0].body.type !== 'BlockStatement') continue;
      const body = c.n.arguments[0].body.body;
      const last = body[body.length - 1];
      if (!last || last.type !== 'IfStatement' || last.alternate || last.consequent.type !== 'BlockStatement') continue;
      const inner = last.consequent.body;
      const ret = inner[inner.length - 1];
      if (!ret || ret.type !== 'ReturnStatement' || ret.argument || inner.length < 2) continue;
      if (!inner.some((st) => st.type === 'ExpressionStatement' && st.expression.type === 'AssignmentExpression')) continue;
      this.add('never_fires', true, `return (line ${lineOf(ret)}) leaves only this one step of ${this.code.slice(c.n.callee.start, c.n.callee.end)}(), which goes on with the next: every element that meets the test (line ${lineOf(last)}) gets it, not just the first (for...of with break, or find())`, lineOf(ret), 'for...of with break');
      return;
    }
  }

  // this.star.setScale(this.percent) with the slider's 50..200: a scale is a factor, so 100 % draws it a hundred times
  // its size (this.percent / 100)
  percentAsScale() {
    for (const c of this.calls) {
      if (c.name !== 'setScale' || !c.n.arguments[0]) continue;
      const a = c.n.arguments[0];
      const text = this.code.slice(a.start, a.end);
      if (!(a.type === 'Identifier' || memberPath(a)) || !/(percent|pct)\w*$/i.test(text)) continue;
      this.add('wrong_argument', true, `setScale(${text}) (line ${lineOf(c.n)}) takes a factor (1 is the own size), and ${text} is a percentage, so 100 % draws it a hundred times its size (setScale(${text} / 100))`, lineOf(c.n), `setScale(${text} / 100)`);
      return;
    }
  }

  // list.indexOf(kind) > 0: the first element is at 0, so it is never found (>= 0, or includes())
  indexOfAboveZero() {
    walk(this.ast, (n) => {
      if (this.indexAboveFound || n.type !== 'BinaryExpression' || n.operator !== '>' || this.numberOf(n.right) !== 0 || n.left.type !== 'CallExpression' || n.left.callee.type !== 'MemberExpression' || n.left.callee.property.name !== 'indexOf') return;
      // a text's indexOf(' ') > 0 (not at the start) is a test on purpose; an element of a list is not
      const list = this.code.slice(n.left.callee.object.start, n.left.callee.object.end);
      if (/text|str|name|word|line|label|key$/i.test(list) && !/s$/.test(list)) return;
      this.indexAboveFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) misses the first element, which is at index 0: it is found but the test says no (>= 0, or ${list}.includes(...))`, lineOf(n), '>= 0');
    });
  }

  // case 'ArrowLeft': this.cursor.x--; case 'ArrowRight': this.cursor.x++; break: with no break the left case runs on
  // into the right one, so the two steps cancel and the cursor never moves left
  caseFallsThrough() {
    walk(this.ast, (n) => {
      if (this.fallFound || n.type !== 'SwitchStatement') return;
      n.cases.forEach((c, k) => {
        if (this.fallFound || !c.consequent.length || k === n.cases.length - 1) return;
        const last = c.consequent[c.consequent.length - 1];
        const ends = (st) => st && (/^(BreakStatement|ReturnStatement|ThrowStatement|ContinueStatement)$/.test(st.type) || (st.type === 'BlockStatement' && ends(st.body[st.body.length - 1])) || (st.type === 'IfStatement' && st.alternate && ends(st.consequent) && ends(st.alternate)));
        if (ends(last)) return;
        // a comment that says it falls through on purpose
        const gap = this.code.slice(last.end, n.cases[k + 1].start);
        if (/fall|through|no break/i.test(gap)) return;
        this.fallFound = true;
        const next = n.cases[k + 1];
        this.add('misplaced', true, `case ${c.test ? this.code.slice(c.test.start, c.test.end) : 'default'} (line ${lineOf(c)}) has no break, so it runs on into case ${next.test ? this.code.slice(next.test.start, next.test.end) : 'default'} (line ${lineOf(next)}) and does that too (break at the end of the case)`, lineOf(c), 'break');
      });
    });
  }

  // card.setData('slot', other.getData('slot')); other.setData('slot', card.getData('slot')): the second line reads the
  // value the first has just written, so both end with the same slot (keep the first value in a const)
  swapWithoutTemporary() {
    const text = (e) => this.code.slice(e.start, e.end).replace(/\s+/g, '');
    const pair = (st) => {
      if (!st || st.type !== 'ExpressionStatement') return null;
      const e = st.expression;
      if (e.type === 'AssignmentExpression' && e.operator === '=' && /MemberExpression|Identifier/.test(e.left.type)) return { to: text(e.left), from: text(e.right), node: e };
      if (e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && e.callee.property.name === 'setData' && e.arguments.length === 2 && e.arguments[0].type === 'Literal') {
        const v = e.arguments[1];
        const k = JSON.stringify(e.arguments[0].value);
        const owner = text(e.callee.object);
        const read = v.type === 'CallExpression' && v.callee.type === 'MemberExpression' && v.callee.property.name === 'getData' && v.arguments[0] && v.arguments[0].type === 'Literal' ? `${text(v.callee.object)}.data[${JSON.stringify(v.arguments[0].value)}]` : text(v);
        return { to: `${owner}.data[${k}]`, from: read, node: e };
      }
      return null;
    };
    walk(this.ast, (block) => {
      if (this.swapFound || !Array.isArray(block.body)) return;
      block.body.forEach((st, k) => {
        const a = pair(st); const b = pair(block.body[k + 1]);
        if (this.swapFound || !a || !b || a.to === a.from) return;
        if (a.to !== b.from || b.to !== a.from) return;
        this.swapFound = true;
        this.add('never_fires', true, `${this.code.slice(b.node.start, b.node.end)} (line ${lineOf(b.node)}) reads what line ${lineOf(a.node)} has just written, so both end with the same value and the swap never happens (keep the first value in a const before writing, or [a, b] = [b, a])`, lineOf(b.node), 'a temporary');
      });
    });
  }

  // const atEdge = aliens.forEach((a) => a.x > 776): forEach gives undefined whatever the callback returns, so the test
  // is never true (some())
  forEachResultUsed() {
    walk(this.ast, (n, parent) => {
      if (this.forEachUsedFound || n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression' || n.callee.property.name !== 'forEach' || !parent) return;
      // taken as a value or a test (cond && list.forEach(...) as a statement is the usual shorthand, and left alone)
      const used = (parent.type === 'VariableDeclarator' && parent.init === n) || (parent.type === 'AssignmentExpression' && parent.right === n) || (parent.type === 'IfStatement' && parent.test === n) || (parent.type === 'UnaryExpression' && parent.operator === '!');
      if (!used) return;
      this.forEachUsedFound = true;
      this.add('never_fires', true, `${this.code.slice(n.callee.start, n.callee.end)}(...) (line ${lineOf(n)}) gives undefined whatever its callback returns, so what is taken from it is never true (some(), every() or find())`, lineOf(n), 'some()');
    });
  }

  // const dir = city.pos.subtract(start).normalize(): subtract() changes city.pos itself and returns it, so the city
  // moves to the difference (city.pos.clone().subtract(start))
  vectorChangedInPlace() {
    if (!/Vector2/.test(this.code)) return;
    walk(this.ast, (d) => {
      if (this.vecInPlaceFound) return;
      // const dir = ..., or this.dir = ...
      const [name, init] = d.type === 'VariableDeclarator' && d.id.type === 'Identifier' ? [d.id.name, d.init] : d.type === 'AssignmentExpression' && d.operator === '=' && memberPath(d.left) ? [memberPath(d.left), d.right] : [null, null];
      if (!init) return;
      let e = init;
      while (e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && /^(normalize|scale|negate|limit|setLength)$/.test(e.callee.property.name)) e = e.callee.object;
      if (e.type !== 'CallExpression' || e.callee.type !== 'MemberExpression' || !/^(subtract|add)$/.test(e.callee.property.name)) return;
      const base = memberPath(e.callee.object);
      // a vector kept on an object or the scene, not a local made for the sum
      if (!base || base === name || /^this\.(tmp|temp|scratch)/i.test(base)) return;
      // a vector the program keeps: made with new Vector2 under that name, or a body's own position or centre
      const last = base.split('.').pop();
      const kept = /\.body\.(position|center|velocity)$/.test(base) || new RegExp(`(^|[.\\s{,])${last}\\s*[:=]\\s*new\\s+(Phaser\\.Math\\.)?Vector2\\b`).test(this.code);
      if (!kept) return;
      this.vecInPlaceFound = true;
      this.add('misplaced', true, `${this.code.slice(e.start, e.end)} (line ${lineOf(e)}) changes ${base} itself and returns it: ${name} is ${base}, and ${base} is no longer where it was (${base}.clone().${e.callee.property.name}(...))`, lineOf(e), `${base}.clone()`);
    });
  }

  // Distance.Between(ball.x, ball.y, hole.x, hole.x): the second point's y is given its x again, so the distance is to a
  // point the hole is not at (hole.y)
  distanceAxisTwice() {
    for (const c of this.calls) {
      if (c.name !== 'Between' || !/Distance$/.test(c.on || '') || c.n.arguments.length !== 4) continue;
      const t = c.n.arguments.map((a) => this.code.slice(a.start, a.end).replace(/\s+/g, ''));
      for (const [x, y] of [[0, 1], [2, 3]]) {
        const mx = /^(.*)\.x$/.exec(t[x]); const my = /^(.*)\.(x|y)$/.exec(t[y]);
        if (!mx || !my || mx[1] !== my[1] || my[2] !== 'x') continue;
        this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) gives ${t[y]} for a y: the point is (${t[x]}, ${t[y]}), not where ${mx[1]} is (${mx[1]}.y)`, lineOf(c.n), `${mx[1]}.y`);
        return;
      }
    }
  }

  // setText('Final score ' + goals + '/5 - ' + goals >= 3 ? 'You win!' : 'Keeper wins!'): + binds tighter than >= and
  // ?:, so the whole text is compared with 3 (false) and only 'Keeper wins!' is ever shown (brackets round the ?:)
  concatTakenAsTest() {
    const startsWithText = (e) => { while (e && e.type === 'BinaryExpression' && e.operator === '+') e = e.left; return e && ((e.type === 'Literal' && typeof e.value === 'string') || e.type === 'TemplateLiteral'); };
    walk(this.ast, (n) => {
      if (this.concatTestFound || n.type !== 'ConditionalExpression') return;
      const t = n.test;
      const concat = t.type === 'BinaryExpression' && t.operator === '+' ? t : t.type === 'BinaryExpression' && t.left.type === 'BinaryExpression' && t.left.operator === '+' ? t.left : null;
      if (!concat || !startsWithText(concat) || concat.right.type === 'Literal' && typeof concat.right.value === 'string' && t === concat) return;
      this.concatTestFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end).slice(0, 90)} (line ${lineOf(n)}): + binds tighter than ${t === concat ? '?:' : `${t.operator} and ?:`}, so the joined text${t === concat ? '' : ` is compared with ${this.code.slice(t.right.start, t.right.end)} and`} is the test: the same branch is taken every time (brackets round the ?:)`, lineOf(n), '(... ? ... : ...)');
    });
  }

  // Phaser.Utils.Array.Remove(this.hand, index): Remove takes the item itself and removes an element equal to it, so
  // an index removes nothing from a list of objects (RemoveAt(list, index)); RemoveAt(list, card) the other way round
  arrayRemoveByIndex() {
    for (const c of this.calls) {
      const path = memberPath(c.n.callee) || '';
      if (!/^Phaser\.Utils\.Array\.(Remove|RemoveAt)$/.test(path) || c.n.arguments.length < 2) continue;
      const arg = c.n.arguments[1];
      const text = this.code.slice(arg.start, arg.end);
      const indexish = (arg.type === 'Identifier' && /^(i|j|k|n|idx|index|pos|slot|at|\w*(Index|Idx))$/.test(arg.name))
        || (arg.type === 'MemberExpression' && !arg.computed && /^(index|idx|\w*(Index|Idx))$/.test(arg.property.name))
        || (arg.type === 'CallExpression' && /\.(indexOf|findIndex|lastIndexOf)$/.test(memberPath(arg.callee) || '.' + ((arg.callee.property || {}).name || '')));
      const list = this.code.slice(c.n.arguments[0].start, c.n.arguments[0].end);
      if (path.endsWith('.Remove') && indexish) {
        this.add('wrong_argument', true, `${path}(${list}, ${text}) (line ${lineOf(c.n)}) removes the element equal to ${text}, an index: it is not an element, so nothing is removed (Phaser.Utils.Array.RemoveAt(${list}, ${text}))`, lineOf(c.n), 'RemoveAt(list, index)');
        return;
      }
      const itemish = arg.type === 'Identifier' && !indexish && /^(card|item|unit|enemy|piece|tile|obj|object|sprite|entry|target|child|member|the\w+|selected\w*|\w*(Card|Item|Unit|Sprite|Piece))$/.test(arg.name);
      if (path.endsWith('.RemoveAt') && (itemish || arg.type === 'ThisExpression')) {
        this.add('wrong_argument', true, `${path}(${list}, ${text}) (line ${lineOf(c.n)}) takes an index, and ${text} is an element: it is not a number, so nothing is removed (Phaser.Utils.Array.Remove(${list}, ${text}))`, lineOf(c.n), 'Remove(list, item)');
        return;
      }
    }
  }

  // while (queue.length) { const cur = queue.pop(); ... dist[k] = d + 1; queue.push(next) }: pop() takes the newest
  // entry, so the search goes depth-first and the step counts it writes are those of the first route found, not the
  // shortest: tiles in reach are left out (queue.shift())
  searchQueuePopped() {
    walk(this.ast, (n) => {
      if (this.queuePopFound || n.type !== 'WhileStatement') return;
      const t = n.test;
      const q = t.type === 'MemberExpression' && !t.computed && t.property.name === 'length' ? memberPath(t.object)
        : t.type === 'BinaryExpression' && t.left.type === 'MemberExpression' && !t.left.computed && t.left.property.name === 'length' ? memberPath(t.left.object) : null;
      if (!q || !/(^|\.)(queue|q|frontier|open|openList|openSet|todo|toVisit|pending|fringe)$/i.test(q)) return;
      const body = this.code.slice(n.body.start, n.body.end);
      const esc = q.replace(/[.$]/g, (m) => '\\' + m);
      if (!new RegExp(`=\\s*${esc}\\s*\\.\\s*pop\\s*\\(\\s*\\)`).test(body) || !new RegExp(`${esc}\\s*\\.\\s*push\\s*\\(`).test(body)) return;
      // it counts steps: a distance written as one more than the current one
      if (!/(dist|distance|steps?|cost|depth|level|moves?)\w*\s*(\[[^\]]*\]|\.\s*set\s*\([^,]*,)\s*=?\s*\w+(\.\w+)*\s*\+\s*1\b|\+\s*1\s*\)/.test(body) || /sort\s*\(/.test(body)) return;
      this.queuePopFound = true;
      this.add('wrong_argument', true, `${q}.pop() in the search loop (line ${lineOf(n)}) takes the newest entry, so the search goes depth-first and the step counts it writes are those of the first route found, not the shortest: places in reach are left out or counted too far (${q}.shift())`, lineOf(n), `${q}.shift()`);
    });
  }

  // e.speed = chilled ? e.speed * 0.5 : e.baseSpeed in update(): while the test holds the speed is halved again every
  // frame, so it sinks to 0 instead of staying at half (e.baseSpeed * 0.5)
  compoundedEachFrame() {
    for (const u of this.lifecycle('update').concat(this.perFrameCallbacks ? this.perFrameCallbacks() : [])) {
      walk(u, (n) => {
        if (this.compoundFound || n.type !== 'AssignmentExpression' || n.operator !== '=' || n.right.type !== 'ConditionalExpression') return;
        const target = memberPath(n.left);
        if (!target) return;
        const esc = target.replace(/[.$]/g, (m) => '\\' + m);
        const scaled = (e) => e.type === 'BinaryExpression' && ['*', '/'].includes(e.operator) && memberPath(e.left) === target && literalValue(e.right).ok && typeof literalValue(e.right).value === 'number' && literalValue(e.right).value !== 1;
        const { consequent: a, alternate: b } = n.right;
        const [self, other] = scaled(a) ? [a, b] : scaled(b) ? [b, a] : [null, null];
        if (!self || new RegExp(`(^|[^\\w.])${esc}(?![\\w.])`).test(this.code.slice(other.start, other.end))) return;
        if (!memberPath(other) && other.type !== 'Identifier' && !literalValue(other).ok) return;
        this.compoundFound = true;
        const base = this.code.slice(other.start, other.end);
        this.add('wrong_argument', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) runs every frame: while the test holds ${target} is ${self.operator === '*' ? 'multiplied' : 'divided'} by ${this.code.slice(self.right.start, self.right.end)} again each frame, so it runs away instead of staying at ${base} ${self.operator} ${this.code.slice(self.right.start, self.right.end)} (${base} ${self.operator} ${this.code.slice(self.right.start, self.right.end)})`, lineOf(n), `${base} ${self.operator} ...`);
      });
    }
  }

  // this.tweens.add({ targets, x: '+360' }): a tween reads a text value's first character as the operator and its
  // number from the third character on ('+=360'), so '+360' moves by 60 and '-50' by 0
  tweenOpWithoutEquals() {
    for (const p of this.props) {
      const v = p.value;
      if (!v || v.type !== 'Literal' || typeof v.value !== 'string' || !/^[+\-*/]\d/.test(v.value)) continue;
      if (!/^(x|y|angle|rotation|alpha|scale|scaleX|scaleY|width|height|radius|displayWidth|displayHeight|z|value|tilePositionX|tilePositionY|scrollX|scrollY|zoom|volume|rate|progress|t|intensity|\w+)$/.test(p.key)) continue;
      // inside a tween's config: the object has targets (or is a step of a chain / a props entry)
      const cfgText = this.code.slice(Math.max(0, v.start - 600), v.start);
      if (!/targets\s*:|tweens\s*\.\s*(add|chain|addCounter)\s*\(|\btweens\s*:\s*\[/.test(cfgText)) continue;
      const num = parseFloat(v.value.slice(2)) || 0;
      this.add('wrong_argument', true, `${p.key}: '${v.value}' (line ${p.line}): a tween reads a text value's first character as the operator and its number from the third character on, so '${v.value}' ${v.value[0] === '+' ? 'adds' : v.value[0] === '-' ? 'subtracts' : v.value[0] === '*' ? 'multiplies by' : 'divides by'} ${num} (${p.key}: '${v.value[0]}=${v.value.slice(1)}')`, p.line, `'${v.value[0]}=${v.value.slice(1)}'`);
      return;
    }
  }

  // sprite.on('animationstop', ...) to go back after a one-shot animation: an animation that ends by itself emits
  // 'animationcomplete'; 'animationstop' only follows a stop() call, and nothing here stops one
  animationStopNeverStopped() {
    const bare = this.bare();
    const m = /\.(on|once)\s*\(\s*(['"]animationstop['"]|Phaser\.Animations\.Events\.ANIMATION_STOP\b)/.exec(bare);
    if (!m || /\.(stop|stopAfterDelay|stopAfterRepeat|stopOnFrame|stopOnRepeat)\s*\(|anims\s*\.\s*pause|\.play\s*\(\s*[^)]*\)[^;\n]*\.stop|removeAll|destroy\s*\(\s*\)[^;\n]*anims/.test(bare)) return;
    const line = bare.slice(0, m.index).split('\n').length;
    this.add('never_fires', true, `on(${m[2]}) (line ${line}): an animation that ends by itself emits 'animationcomplete', and 'animationstop' comes only after a stop() call, which nothing here makes: the handler never runs (Phaser.Animations.Events.ANIMATION_COMPLETE)`, line, 'ANIMATION_COMPLETE');
  }

  // this.add.timeline(list.map((item, i) => ({ from: i * GAP, run }))): 'from' counts from the event before, so the
  // gaps grow (0, GAP, 3 GAP, 6 GAP...) instead of one GAP each ('at: i * GAP', or 'from: GAP')
  timelineFromGrows() {
    if (!/\badd\s*\.\s*timeline\s*\(|new\s+Phaser\.Time\.Timeline\s*\(/.test(this.code)) return;
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.timelineFromFound || n.type !== 'Property' || n.computed || !n.key || (n.key.name || n.key.value) !== 'from') return;
      const v = n.value;
      if (v.type !== 'BinaryExpression' || v.operator !== '*' || !ctx.fn) return;
      const idx = [v.left, v.right].find((s) => s.type === 'Identifier');
      if (!idx) return;
      // the index of the map/forEach callback or a for loop's counter
      const fn = ctx.fn;
      const isIndex = (fn.params[1] && fn.params[1].type === 'Identifier' && fn.params[1].name === idx.name) || new RegExp(`for\\s*\\(\\s*let\\s+${idx.name}\\s*=`).test(this.code);
      if (!isIndex || !parent || parent.type !== 'ObjectExpression' || parent.properties.some((q) => q.key && ['at', 'in'].includes(q.key.name || q.key.value))) return;
      this.timelineFromFound = true;
      const text = this.code.slice(v.start, v.end);
      this.add('wrong_argument', true, `from: ${text} (line ${lineOf(n)}): a timeline event's 'from' counts from the event before it, so the gaps grow with ${idx.name} (the events fall at 0, 1, 3, 6... gaps) instead of one gap each (at: ${text})`, lineOf(n), `at: ${text}`);
    });
  }

  // const offset = this.time.now - note.hitAt; if (offset <= PERFECT_MS): an early press gives a negative offset, which
  // is below every window, so any press however early is the best grade (Math.abs(offset))
  signedHitWindow() {
    walk(this.ast, (d, parent, key, ctx) => {
      if (this.signedWindowFound || d.type !== 'VariableDeclarator' || d.id.type !== 'Identifier' || !d.init || d.init.type !== 'BinaryExpression' || d.init.operator !== '-' || !ctx.fn) return;
      const name = d.id.name;
      const t = this.code.slice(d.init.start, d.init.end);
      if (!/time|now|\bt\b|hit|beat|at\b|At\b/i.test(t) || !/now|time/i.test(this.code.slice(d.init.left.start, d.init.left.end))) return;
      const body = this.code.slice(d.end, ctx.fn.end);
      const m = new RegExp(`\\b${name}\\s*(<=?)\\s*([A-Z][A-Z0-9_]*(WINDOW|PERFECT|GREAT|GOOD|OK|TOLERANCE|MARGIN|HIT)[A-Z0-9_]*|[A-Z][A-Z0-9_]*_MS)\\b`).exec(body);
      if (!m || !/WINDOW|PERFECT|GREAT|GOOD|TOLERANCE|MARGIN|HIT/.test(m[2])) return;
      // the early side is handled: abs, a test against the negative window or zero, or squares
      if (new RegExp(`Math\\.abs\\s*\\(\\s*${name}\\b|\\b${name}\\s*(>=?|<)\\s*-|\\b${name}\\s*(>=?|<)\\s*0\\b|-\\s*[A-Z][A-Z0-9_]*\\s*(<=?)\\s*${name}\\b|${name}\\s*\\*\\s*${name}|\\b${name}\\s*=\\s*Math\\.abs`).test(body)) return;
      this.signedWindowFound = true;
      const line = lineOf(d) + this.code.slice(d.end, d.end + m.index).split('\n').length - 1;
      this.add('wrong_argument', true, `${name} ${m[1]} ${m[2]} (line ${line}) with ${name} = ${t} (line ${lineOf(d)}): an early press gives a negative ${name}, which is under every window, so any press however early gets the best grade (Math.abs(${name}) ${m[1]} ${m[2]})`, line, `Math.abs(${name})`);
    });
  }

  // Phaser.Math.RoundTo(value, 2): the place is a power of ten, so 2 rounds to hundreds; two decimals are place -2
  roundToPlaceSign() {
    for (const c of this.calls) {
      if (!/(^|\.)Math\.RoundTo$|^RoundTo$/.test(memberPath(c.n.callee) || '') || c.n.arguments.length < 2) continue;
      const place = literalValue(c.n.arguments[1]);
      if (!place.ok || typeof place.value !== 'number' || place.value < 1 || place.value > 6) continue;
      const lineText = this.code.split('\n')[lineOf(c.n) - 1] || '';
      if (!/toFixed\s*\(\s*[1-9]|decimal/i.test(lineText)) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) rounds to the nearest 10^${place.value}, ${10 ** place.value}: RoundTo's place counts powers of ten, so decimals are negative places (RoundTo(value, -${place.value}))`, lineOf(c.n), `RoundTo(value, -${place.value})`);
      return;
    }
  }

  // Phaser.Math.RotateAroundDistance(planet, cx, cy, this.travelled, R) each frame with this.travelled += step: the
  // call turns the object BY the angle, so turning it by the growing total makes it go faster and faster (by step)
  rotateByTotal() {
    const SIGS = { 'Math.RotateAroundDistance': 3, 'Math.RotateAround': 3, 'Actions.RotateAroundDistance': 2, 'Actions.RotateAround': 2, 'Actions.Rotate': 1 };
    for (const c of this.calls) {
      const path = (memberPath(c.n.callee) || '').replace(/^Phaser\./, '');
      if (!(path in SIGS)) continue;
      const arg = c.n.arguments[SIGS[path]];
      const total = arg && memberPath(arg);
      if (!total || !c.ctx.fn) continue;
      const esc = total.replace(/[.$]/g, (m) => '\\' + m);
      // the angle is a running total: raised by a step somewhere, and not put back to a step before the call
      if (!new RegExp(`${esc}\\s*(\\+=|-=)`).test(this.code) || new RegExp(`${esc}\\s*=[^=]`).test(this.code.slice(c.ctx.fn.start, c.n.start).replace(new RegExp(`${esc}\\s*=\\s*0\\s*;`, 'g'), ''))) continue;
      const perFrame = c.ctx.roles.includes('update') || c.ctx.handedTo.some((h) => /addEvent|on$/.test(h || ''));
      if (!perFrame) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) turns it BY ${total}, which is a running total: each call turns it by all the angle so far, so it goes faster and faster (pass the step of this frame)`, lineOf(c.n), 'the step of this frame');
      return;
    }
  }

  // Phaser.Display.Color.HSVToRGB(i * 45, 1, 1): Phaser's hue runs from 0 to 1, so a hue in degrees is a whole number
  // of turns (every one of them red) or a fraction of one (HSVToRGB(i * 45 / 360, 1, 1))
  hueInDegrees() {
    for (const c of this.calls) {
      const path = (memberPath(c.n.callee) || '').replace(/^Phaser\./, '');
      if (!/^(Display\.Color\.)?(HSVToRGB|HSLToColor)$/.test(path) || !c.n.arguments[0]) continue;
      const h = c.n.arguments[0];
      const lit = literalValue(h);
      const scaled = h.type === 'BinaryExpression' && h.operator === '*' && [h.left, h.right].some((s) => { const v = literalValue(s); return v.ok && typeof v.value === 'number' && v.value >= 2 && v.value <= 360; });
      if (!(lit.ok && typeof lit.value === 'number' && lit.value > 1) && !scaled && !(h.type === 'Identifier' && /deg/i.test(h.name))) continue;
      const text = this.code.slice(h.start, h.end);
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}): Phaser's hue runs from 0 to 1, and ${text} is in degrees: a whole number of turns is red every time (${path.split('.').pop()}(${text} / 360, ...))`, lineOf(c.n), `${text} / 360`);
      return;
    }
  }

  // Interpolate.ColorWithColor(a, b, 100, this.t) with this.t a fraction from 0 to 1: the index counts from 0 to the
  // length (100), so the mix never leaves the first colour (this.t * 100)
  colourIndexAsFraction() {
    for (const c of this.calls) {
      if (!/Interpolate\.(ColorWithColor|RGBWithRGB|HSVWithHSV)$/.test(memberPath(c.n.callee) || '')) continue;
      const args = c.n.arguments;
      const n = args.length - 2;
      const len = literalValue(args[n]);
      const idx = args[n + 1];
      const path = idx && memberPath(idx);
      if (!len.ok || typeof len.value !== 'number' || len.value < 2 || !path) continue;
      const esc = path.replace(/[.$]/g, (m) => '\\' + m);
      // the index is written as a fraction: clamped to 0..1, a share of a width, or a literal between 0 and 1
      const fraction = new RegExp(`${esc}\\s*=\\s*(Phaser\\.Math\\.Clamp\\s*\\([^;]*,\\s*0\\s*,\\s*1\\s*\\)|\\([^;]*-[^;]*\\)\\s*/\\s*\\(?[^;*]*(width|right|left|length|W\\b|WIDTH)|0?\\.\\d+\\s*;)`).test(this.code)
        || new RegExp(`1\\s*-\\s*${esc}\\b`).test(this.code);
      if (!fraction) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}): the index counts from 0 to the length (${len.value}), and ${path} is a fraction from 0 to 1, so the mix never leaves the first colour (${path} * ${len.value})`, lineOf(c.n), `${path} * ${len.value}`);
      return;
    }
  }

  // this.time.addEvent({ delay: 1000, callback: this.onSecond }) with no loop or repeat, and onSecond counting down to
  // 0: the timer fires once, so the count goes down by one and never reaches its end (loop: true)
  countdownOnOneShot() {
    const DOWN = /(--|-=\s*1\b|\binc(Data)?\s*\(\s*['"][\w-]+['"]\s*,\s*-\s*1\s*\)|=\s*[\w.]+\s*-\s*1\s*[;)])/;
    const END = /(<=|<|===?)\s*(0|1)\b(?!\.)/;
    const SCHEDULES = /\b(delayedCall|addEvent|setTimeout|setInterval|timeline)\s*\(|\.reset\s*\(|\bloop\s*:|\brepeat\s*:|\.paused\s*=/;
    for (const c of this.calls) {
      if (c.name !== 'addEvent' || !/(^|\.)time$/.test(c.on || '') || !c.n.arguments[0] || c.n.arguments[0].type !== 'ObjectExpression') continue;
      const o = c.n.arguments[0];
      if (o.properties.some((p) => p.type !== 'Property' || p.computed)) continue;
      const prop = (k) => { const p = o.properties.find((q) => (q.key.name || q.key.value) === k); return p ? p.value : undefined; };
      if (prop('loop') !== undefined || prop('repeat') !== undefined) continue;
      const cb = prop('callback');
      if (!cb) continue;
      let fn = /Function/.test(cb.type) ? cb : null;
      let name = null;
      if (!fn) {
        const path = memberPath(cb);
        name = path ? path.split('.').pop() : null;
        fn = name ? this.namedFunction(name) : null;
      }
      if (!fn) continue;
      const text = this.code.slice(fn.start, fn.end);
      if (!DOWN.test(text) || !END.test(text) || SCHEDULES.test(text)) continue;
      // the callback runs from nowhere else (a call in update() would repeat it)
      if (name && (this.code.match(new RegExp(`\\b${name}\\b`, 'g')) || []).length > 2) continue;
      // the same timer started again elsewhere: its handle reset, or addEvent in a function the callback calls
      const handle = c.n && this.assigns.find((a) => a.value === c.n);
      if (handle && new RegExp(`${handle.path.replace(/[.$]/g, (m) => '\\' + m)}\\s*\\.\\s*(reset|paused)\\b`).test(this.code)) continue;
      this.add('never_fires', true, `this.time.addEvent({ delay: ..., callback }) (line ${lineOf(c.n)}) has no loop or repeat, so it fires once, but its callback counts down to an end (${(END.exec(text) || [''])[0].trim()}): the count goes down by one and never gets there (loop: true)`, lineOf(c.n), 'loop: true');
      return;
    }
  }

  // const at = table.findIndex((s) => score > s); table.splice(at, 0, score): when nothing matches findIndex gives -1,
  // and splice(-1, 0, x) puts x before the last element instead of at the end (test for -1 first)
  spliceAtNotFound() {
    for (const c of this.calls) {
      if (c.name !== 'splice' || !c.n.arguments[0] || !c.ctx.fn) continue;
      const a = c.n.arguments[0];
      let found = null;
      let name = null;
      if (a.type === 'CallExpression' && ['findIndex', 'indexOf'].includes((a.callee.property || {}).name)) found = a;
      else if (a.type === 'Identifier') {
        const d = (this.decls.get(a.name) || []);
        if (d.length === 1 && d[0].init && d[0].init.type === 'CallExpression' && ['findIndex', 'indexOf'].includes((d[0].init.callee.property || {}).name) && !this.writes.get(a.name)) { found = d[0].init; name = a.name; }
      }
      // an insert (count 0) at the place a search found: where nothing matches the new one belongs at the end (a
      // removal of an element the program knows is there finds it)
      if (!found || !(c.n.arguments[1] && literalValue(c.n.arguments[1]).value === 0)) continue;
      // a splice where -1 is checked for is right
      const fnText = this.code.slice(c.ctx.fn.start, c.ctx.fn.end);
      if (name && new RegExp(`\\b${name}\\s*(===?|!==?)\\s*-\\s*1|\\b${name}\\s*(<|>=)\\s*0\\b|\\b${name}\\s*>\\s*-\\s*1|-\\s*1\\s*(===?|!==?)\\s*${name}\\b|\\b${name}\\s*<\\s*0`).test(fnText)) continue;
      if (!name && /===?\s*-\s*1|!==?\s*-\s*1|<\s*0|>=\s*0/.test(this.code.slice(c.n.start, c.n.end))) continue;
      const method = found.callee.property.name;
      const insert = c.n.arguments[1] && literalValue(c.n.arguments[1]).value === 0;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) uses ${name || method + '()'}${name ? ` from ${method}() (line ${this.decls.get(name)[0].line})` : ''}, which is -1 when nothing matches, and splice(-1, ...) ${insert ? 'inserts before the last element instead of at the end' : 'removes the last element instead of none'} (test for -1 first)`, lineOf(c.n), 'a test for -1');
      return;
    }
  }

  // this.scene.start('Wave', { wave: this.wave++ }): the post-increment hands over the old number, and the raised one
  // stays in this scene, which start() shuts down: the next scene gets the same wave every time (this.wave + 1)
  postIncrementHandedOn() {
    for (const c of this.calls) {
      if (!['start', 'restart', 'launch', 'switch', 'run'].includes(c.name) || !/(^|\.)scene$/.test(c.on || '')) continue;
      const data = c.n.arguments[c.name === 'restart' ? 0 : 1];
      if (!data || data.type !== 'ObjectExpression') continue;
      for (const p of data.properties) {
        if (p.type !== 'Property' || !p.value || p.value.type !== 'UpdateExpression' || p.value.prefix) continue;
        const target = this.code.slice(p.value.argument.start, p.value.argument.end);
        const op = p.value.operator;
        this.add('wrong_argument', true, `${this.code.slice(p.start, p.end)} (line ${lineOf(p)}) in scene.${c.name}(): ${target}${op} hands over the value before the ${op === '++' ? 'increase' : 'decrease'}, and the changed one stays behind in this scene, so the next scene gets the same number each time (${target} ${op[0]} 1)`, lineOf(p), `${target} ${op[0]} 1`);
        return;
      }
    }
  }

  // const best = this.registry.get('best'); if (this.score > best) this.registry.set('best', this.score): before any
  // best is stored get() gives undefined, and a comparison with undefined is always false, so none is ever stored
  compareWithUnsetKey() {
    const GET = /(^|\.)(registry|data)\.get$|(^|\.)getData$/;
    walk(this.ast, (n) => {
      if (this.unsetKeyFound || n.type !== 'BinaryExpression' || !['>', '>='].includes(n.operator)) return;
      let read = n.right;
      let via = null;
      if (read.type === 'Identifier') {
        const d = this.decls.get(read.name) || [];
        if (d.length !== 1 || !d[0].init || this.writes.get(read.name)) return;
        via = read.name;
        read = d[0].init;
      }
      if (read.type !== 'CallExpression' || !GET.test(memberPath(read.callee) || '') || !read.arguments[0] || read.arguments[0].type !== 'Literal') return;
      const key = String(read.arguments[0].value);
      const esc = key.replace(/[.$*+?^(){}|[\]\\]/g, (m) => '\\' + m);
      // every store of the key: set('best', ...), set({ best }), setData('best', ...), values.best = ...
      const stores = [];
      const re = new RegExp(`\\b(set|setData)\\s*\\(\\s*['"]${esc}['"]|\\b(set|setData)\\s*\\(\\s*\\{[^}]*\\b${esc}\\s*[:,}]|\\.values\\s*\\.\\s*${esc}\\s*=|\\b(inc|incData)\\s*\\(\\s*['"]${esc}['"]`, 'g');
      for (let m = re.exec(this.code); m; m = re.exec(this.code)) stores.push(m.index);
      if (!stores.length) return;
      // each of them only where the comparison held (inside an if whose test is it, or a flag made from it)
      const guarded = (at) => {
        let inside = false;
        walk(this.ast, (s) => {
          if (inside || s.type !== 'IfStatement' || at < s.consequent.start || at > s.consequent.end) return;
          const t = this.code.slice(s.test.start, s.test.end);
          if (s.test === n || t.includes(this.code.slice(n.start, n.end))) inside = true;
          else if (s.test.type === 'Identifier') { const f = (this.decls.get(s.test.name) || [])[0]; if (f && f.init === n) inside = true; }
        });
        return inside;
      };
      if (!stores.every(guarded)) return;
      this.unsetKeyFound = true;
      this.add('never_fires', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) compares with ${via ? `${via}, ` : ''}get('${key}'), which is undefined until '${key}' is stored, and it is stored only when this comparison holds: a comparison with undefined is always false, so '${key}' is never stored (get('${key}') ?? 0)`, lineOf(n), `get('${key}') ?? 0`);
    });
  }

  // id in this.owned with this.owned an array: `in` asks about the array's indexes ('0', '1', ...), not its values, so
  // an id is never found (this.owned.includes(id))
  inOnArray() {
    const arrays = new Set();
    for (const a of this.assigns) if (a.op === '=' && a.value.type === 'ArrayExpression') arrays.add(a.path);
    for (const [name, ds] of this.decls) if (ds.some((d) => d.init && d.init.type === 'ArrayExpression')) arrays.add(name);
    const keyArrays = new Set();
    for (const p of this.props) if (p.value && p.value.type === 'ArrayExpression') keyArrays.add(p.key);
    for (const c of this.calls) if (['set', 'setData'].includes(c.name) && c.n.arguments[0] && c.n.arguments[0].type === 'Literal' && c.n.arguments[1] && c.n.arguments[1].type === 'ArrayExpression') keyArrays.add(String(c.n.arguments[0].value));
    walk(this.ast, (n) => {
      if (this.inArrayFound || n.type !== 'BinaryExpression' || n.operator !== 'in') return;
      const r = n.right;
      let array = null;
      const path = memberPath(r);
      if (path && arrays.has(path) && !this.assigns.some((a) => a.path === path && a.value.type !== 'ArrayExpression')) array = path;
      else if (r.type === 'CallExpression' && /(^|\.)(registry|data)\.get$|(^|\.)getData$/.test(memberPath(r.callee) || '') && r.arguments[0] && r.arguments[0].type === 'Literal' && keyArrays.has(String(r.arguments[0].value))) array = this.code.slice(r.start, r.end);
      if (!array) return;
      // a number asked for is an index on purpose
      const l = n.left;
      if ((l.type === 'Literal' && typeof l.value === 'number') || (l.type === 'Identifier' && /^(i|j|k|n|idx|index|\w*Index)$/.test(l.name))) return;
      this.inArrayFound = true;
      const left = this.code.slice(l.start, l.end);
      this.add('never_fires', true, `${left} in ${array} (line ${lineOf(n)}): ${array} is an array, and \`in\` asks about its indexes ('0', '1', ...), not its values, so ${left} is never found (${array}.includes(${left}))`, lineOf(n), `${array}.includes(${left})`);
    });
  }

  // const heart = this.hearts.getLast(true); heart.setVisible(false): getLast(true) looks for an active member, and a
  // hidden one is still active, so every call finds the same one again (setActive(false) too, or killAndHide)
  hiddenStillActive() {
    for (const c of this.calls) {
      if (!['getLast', 'getFirst', 'getFirstAlive', 'getLastAlive'].includes(c.name) || !c.ctx.fn) continue;
      if (['getLast', 'getFirst'].includes(c.name) && !(c.n.arguments[0] && literalValue(c.n.arguments[0]).value === true)) continue;
      const fnText = this.code.slice(c.ctx.fn.start, c.ctx.fn.end);
      const after = this.code.slice(c.n.end, c.ctx.fn.end);
      let name = null;
      const decl = /^\s*;?/.test(after) && /(const|let|var)\s+(\w+)\s*=\s*$/.exec(this.code.slice(Math.max(c.ctx.fn.start, c.n.start - 60), c.n.start).replace(/[\w.$]+\s*\.\s*$/, '').replace(/this\.[\w.]+$/, ''));
      if (decl) name = decl[2];
      const hides = new RegExp(`^\\s*\\.\\s*setVisible\\s*\\(\\s*false\\s*\\)`).test(after) || (name && new RegExp(`\\b${name}\\s*\\.\\s*(setVisible\\s*\\(\\s*false\\s*\\)|visible\\s*=\\s*false)`).test(after));
      if (!hides) continue;
      if (/setActive\s*\(\s*false|\.active\s*=\s*false|killAndHide|disableBody|\.destroy\s*\(|\.remove\s*\(/.test(fnText)) continue;
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) looks for an ${/Last/.test(c.name) ? 'active member from the end' : 'active member'}, and the one it finds is only hidden (setVisible(false)), which leaves it active: every call finds that same member again (setActive(false).setVisible(false), or killAndHide)`, lineOf(c.n), 'setActive(false)');
      return;
    }
  }

  // this.scene.switch('Map') back to a map that paused itself: switch() wakes a sleeping scene, but starts any other
  // one again from create(), so the paused map is reset (sleep() it instead of pause(), or resume() and stop this one)
  switchToPausedScene() {
    const paused = new Set();
    const slept = new Set();
    for (const cls of this.classes) {
      const key = sceneKeyOf(cls);
      if (!key) continue;
      const text = this.code.slice(cls.start, cls.end);
      if (/this\.scene\.pause\s*\(\s*\)/.test(text)) paused.add(key);
      if (/this\.scene\.(sleep|switch)\s*\(\s*\)|this\.scene\.switch\s*\(/.test(text)) slept.add(key);
    }
    for (const c of this.calls) {
      const k = c.n.arguments[0];
      if (!k || k.type !== 'Literal' || typeof k.value !== 'string' || !/(^|\.)scene$/.test(c.on || '')) continue;
      if (c.name === 'pause') paused.add(k.value);
      if (['sleep', 'switch'].includes(c.name) && c.name === 'sleep') slept.add(k.value);
    }
    for (const c of this.calls) {
      const k = c.n.arguments[0];
      if (c.name !== 'switch' || !/(^|\.)scene$/.test(c.on || '') || !k || k.type !== 'Literal' || !paused.has(k.value) || slept.has(k.value)) continue;
      this.add('wrong_argument', true, `this.scene.switch('${k.value}') (line ${lineOf(c.n)}): '${k.value}' is paused, not asleep, and switch() wakes only a sleeping scene; any other it starts again from create(), so '${k.value}' is reset (sleep it instead of pausing it, or resume('${k.value}') and stop this one)`, lineOf(c.n), `resume('${k.value}')`);
      return;
    }
  }

  // let lives = this.data.get('lives'); lives -= 1; ... and no set('lives', lives): the local is a copy, so the stored
  // value never changes and the next hit starts again from it (this.data.set('lives', lives), or inc('lives', -1))
  localCopyOfStoredValue() {
    const GET = /(^|\.)(registry|data)\.get$|(^|\.)getData$/;
    walk(this.ast, (d, parent, key, ctx) => {
      if (this.localCopyFound || d.type !== 'VariableDeclarator' || d.id.type !== 'Identifier' || !d.init || d.init.type !== 'CallExpression' || !ctx.fn) return;
      if (!GET.test(memberPath(d.init.callee) || '') || !d.init.arguments[0] || d.init.arguments[0].type !== 'Literal') return;
      const k = String(d.init.arguments[0].value);
      const name = d.id.name;
      const body = this.code.slice(d.end, ctx.fn.end);
      const change = new RegExp(`(^|[^\\w.])${name}\\s*(\\+\\+|--|[-+*]=)|(\\+\\+|--)\\s*${name}\\b`).exec(body);
      if (!change) return;
      const esc = k.replace(/[.$*+?^(){}|[\]\\]/g, (m) => '\\' + m);
      const fnText = this.code.slice(ctx.fn.start, ctx.fn.end);
      // stored again, handed on or returned: then the copy is the point
      if (new RegExp(`\\b(set|setData|inc|incData|toggle|toggleData)\\s*\\(\\s*(['"]${esc}['"]|\\{)|\\.values\\s*\\.\\s*${esc}\\s*=|return\\s+${name}\\b|\\(\\s*[^)]*\\b${name}\\b[^)]*\\)\\s*;?\\s*$`).test(fnText)) return;
      if (new RegExp(`[\\w.]+\\s*\\(([^()]*,\\s*)?${name}\\s*[,)]`).test(body.replace(/\.setText\s*\([^)]*\)/g, '').replace(/Math\.\w+\s*\([^)]*\)/g, ''))) return;
      this.localCopyFound = true;
      const line = lineOf(d) + this.code.slice(d.end, d.end + change.index).split('\n').length - 1;
      this.add('never_fires', true, `${name} (line ${lineOf(d)}) is a copy of get('${k}'), changed at line ${line} and never stored back: the stored '${k}' stays as it was, so the next time it starts from the same value (set('${k}', ${name}))`, line, `set('${k}', ${name})`);
    });
  }

  // handle.x = Phaser.Math.Clamp(dragX, MIN, MAX); const percent = (dragX - MIN) / W: the value is worked out from
  // the raw position, not the clamped one, so it runs past the ends (use handle.x)
  rawAfterClamp() {
    walk(this.ast, (b) => {
      if (this.rawClampFound || b.type !== 'BlockStatement') return;
      for (let i = 0; i < b.body.length; i++) {
        const e = b.body[i].type === 'ExpressionStatement' ? b.body[i].expression : null;
        if (!e || e.type !== 'AssignmentExpression' || e.operator !== '=' || e.right.type !== 'CallExpression' || !/(^|\.)Clamp$/.test(memberPath(e.right.callee) || '')) continue;
        const raw = e.right.arguments[0];
        const target = memberPath(e.left);
        if (!raw || raw.type !== 'Identifier' || !target) continue;
        for (let j = i + 1; j < b.body.length; j++) {
          const st = b.body[j];
          const text = this.code.slice(st.start, st.end);
          if (new RegExp(`(^|[^\\w.])${raw.name}\\s*=[^=]`).test(text)) break;
          if (!new RegExp(`(^|[^\\w.$])${raw.name}(?![\\w$])`).test(text)) continue;
          this.rawClampFound = true;
          this.add('wrong_argument', true, `${text.split('\n')[0].slice(0, 100)} (line ${lineOf(st)}) reads ${raw.name}, but line ${lineOf(e)} kept only the clamped value in ${target}: past the ends this runs beyond the range the clamp set (use ${target})`, lineOf(st), target);
          return;
        }
      }
    });
  }

  // the display shows n.toLocaleString() ('1,200') and the next step reads parseFloat(this.display.text): parsing
  // stops at the comma, so 1,200 is read as 1 (keep the number itself, or format without grouping)
  localeTextParsedBack() {
    const bare = this.bare();
    const locale = /\.toLocaleString\s*\(([^)]*)\)/.exec(bare);
    if (!locale || /useGrouping\s*:\s*false/.test(locale[1])) return;
    const m = /\b(parseFloat|parseInt|Number)\s*\(\s*([\w.]+\.text)\s*[,)]/.exec(bare);
    if (!m) return;
    const line = bare.slice(0, m.index).split('\n').length;
    this.add('wrong_argument', true, `${m[1]}(${m[2]}) (line ${line}) reads back a text written with toLocaleString() (line ${bare.slice(0, locale.index).split('\n').length}), which groups thousands with commas: ${m[1]}('1,200') is ${m[1] === 'Number' ? 'NaN' : '1'} (keep the number itself)`, line, 'the number itself');
  }

  // const dr = end.r - start.r, dc = end.c - start.c; if (dr !== dc) reject: with the signs kept only the diagonal
  // going down-right (or up-left) passes; the other one has dr = -dc (Math.abs(dr) !== Math.abs(dc))
  signedDiagonal() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.signedDiagonalFound || n.type !== 'BinaryExpression' || !['===', '!==', '==', '!='].includes(n.operator) || !ctx.fn) return;
      if (n.left.type !== 'Identifier' || n.right.type !== 'Identifier') return;
      const diff = (name) => { const d = this.decls.get(name) || []; return d.length === 1 && d[0].init && d[0].init.type === 'BinaryExpression' && d[0].init.operator === '-'; };
      const [a, b] = [n.left.name, n.right.name];
      if (!diff(a) || !diff(b) || !/^(d[xyrc]|delta\w*|d(row|col)\w*)$/i.test(a) || !/^(d[xyrc]|delta\w*|d(row|col)\w*)$/i.test(b)) return;
      const fnText = this.code.slice(ctx.fn.start, ctx.fn.end);
      // the signs matter elsewhere in the function: both directions are walked
      if (!new RegExp(`Math\\.(abs|sign)\\s*\\(\\s*(${a}|${b})\\s*\\)`).test(fnText) || new RegExp(`${a}\\s*===?\\s*-\\s*${b}|-\\s*${a}\\s*===?\\s*${b}|${a}\\s*\\+\\s*${b}\\s*===?\\s*0`).test(fnText)) return;
      this.signedDiagonalFound = true;
      this.add('wrong_argument', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) compares ${a} and ${b} with their signs: only the diagonal where they are equal passes, and the other one has ${a} = -${b} (Math.abs(${a}) ${n.operator} Math.abs(${b}))`, lineOf(n), `Math.abs(${a}) ${n.operator} Math.abs(${b})`);
    });
  }

  // const head = { x: ..., y: ... }; if (this.snake.includes(head)): head is a new object, and includes() compares
  // objects by identity, so it is never found before it is stored (some((p) => p.x === head.x && p.y === head.y))
  includesFreshObject() {
    for (const c of this.calls) {
      const arg = c.n.arguments[0];
      if (!['includes', 'indexOf'].includes(c.name) || c.n.arguments.length !== 1 || !arg || arg.type !== 'Identifier' || !c.ctx.fn) continue;
      const fn = c.ctx.fn;
      let made = null;
      let again = false;
      walk(fn.body, (d) => {
        if (d.type === 'VariableDeclarator' && d.id.type === 'Identifier' && d.id.name === arg.name) {
          if (made) again = true;
          const v = d.init;
          const fresh = v && ((v.type === 'ObjectExpression' && v.properties.length > 0 && v.properties.every((p) => p.type === 'Property'))
            || (v.type === 'NewExpression' && /(^|\.)(Vector2|Point)$/.test(memberPath(v.callee) || '')));
          made = fresh && d.start < c.n.start ? d : null;
        }
        if ((d.type === 'AssignmentExpression' && d.left.type === 'Identifier' && d.left.name === arg.name) || (/Function/.test(d.type) && d.params.some((p) => p.type === 'Identifier' && p.name === arg.name))) again = true;
      });
      if (!made || again || fn.params.some((p) => p.type === 'Identifier' && p.name === arg.name)) continue;
      // stored before the test (pushed, put in a map, handed to a call that may keep it): then it can be found
      const between = this.code.slice(made.end, c.n.start);
      if (new RegExp(`[(,=]\\s*${arg.name}\\s*[),;\\]]`).test(between)) continue;
      const list = this.code.slice(c.n.callee.object.start, c.n.callee.object.end);
      const keys = made.init.type === 'ObjectExpression' ? made.init.properties.map((p) => (p.key && (p.key.name || p.key.value))).filter(Boolean).slice(0, 2) : ['x', 'y'];
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) looks for ${arg.name}, a new object made at line ${lineOf(made)}, and ${c.name}() compares objects by identity: it is never found, whatever ${list} holds (some((p) => ${keys.map((k) => `p.${k} === ${arg.name}.${k}`).join(' && ')}))`, lineOf(c.n), 'some(...)');
      return;
    }
  }

  // this.scoreText.setText('Score: ' + this.score); this.score += 2; as the last steps of a handler: the text is set
  // from the value before the change, so it always shows the previous total (set it after the change)
  textSetBeforeChange() {
    const changeOf = (st) => {
      const e = st && st.type === 'ExpressionStatement' ? st.expression : null;
      if (!e) return null;
      if (e.type === 'UpdateExpression') return memberPath(e.argument);
      if (e.type === 'AssignmentExpression' && ['+=', '-='].includes(e.operator)) return memberPath(e.left);
      return null;
    };
    const textCall = (st) => {
      const e = st && st.type === 'ExpressionStatement' ? st.expression : null;
      return e && e.type === 'CallExpression' && e.callee.type === 'MemberExpression' && !e.callee.computed && e.callee.property.name === 'setText' && e.arguments.length === 1 ? e : null;
    };
    walk(this.ast, (b, parent, key, ctx) => {
      if (this.textBeforeFound || (b.type !== 'BlockStatement' && b.type !== 'SwitchCase') || !ctx.fn) return;
      const body = b.type === 'BlockStatement' ? b.body : b.consequent;
      for (let i = 0; i < body.length; i++) {
        const call = textCall(body[i]);
        if (!call) continue;
        const argText = this.code.slice(call.arguments[0].start, call.arguments[0].end);
        for (let j = i + 1; j < body.length; j++) {
          const path = changeOf(body[j]);
          if (!path) { if (textCall(body[j]) || body[j].type !== 'ExpressionStatement') break; continue; }
          const esc = path.replace(/[.$]/g, (m) => '\\' + m);
          // shown as it will be (this.score + 2), or not shown at all
          if (!new RegExp(`(^|[^\\w.])${esc}(?![\\w.])`).test(argText) || new RegExp(`${esc}\\s*[-+*/]\\s*[\\w(]|[-*/]\\s*${esc}(?![\\w.])`).test(argText)) continue;
          // nothing after it in the block (a refresh, a call that may show it), and no frame that shows it again
          const target = this.code.slice(call.callee.object.start, call.callee.object.end);
          const tEsc = target.replace(/[.$]/g, (m) => '\\' + m);
          const rest = body.slice(j + 1).map((s) => this.code.slice(s.start, s.end)).join('\n');
          if (new RegExp(`${tEsc}|setText|\\bthis\\.(?!add\\b|tweens\\b|time\\b|sound\\b|cameras\\b|physics\\b)\\w+\\s*\\(|(^|[^.\\w])(?!if\\b|for\\b|while\\b|switch\\b|function\\b|return\\b)[A-Za-z_]\\w*\\s*\\(`).test(rest)) continue;
          const setters = this.code.match(new RegExp(`${tEsc}\\s*\\.\\s*(setText\\s*\\(|text\\s*=[^=])`, 'g')) || [];
          if (setters.length > 1 || this.lifecycle('update').length && new RegExp(`(^|[^\\w.])${esc}(?![\\w.])`).test(this.lifecycle('update').map((u) => this.code.slice(u.start, u.end)).join('\n'))) continue;
          this.textBeforeFound = true;
          this.add('wrong_argument', true, `${target}.setText(${argText.slice(0, 60)}) (line ${lineOf(call)}) runs before ${this.code.slice(body[j].start, body[j].end).replace(/;$/, '')} (line ${lineOf(body[j])}): the text is set from the value before the change, so it always shows the previous ${path.split('.').pop()} (set the text after the change)`, lineOf(call), 'setText after the change');
          return;
        }
      }
    });
  }

  // this.tally = {}; ... this.tally[fish] += 1: a key the object has not got is undefined, and undefined + 1 is NaN,
  // so every count shows NaN (this.tally[fish] = (this.tally[fish] || 0) + 1)
  countFromMissingKey() {
    const empties = new Map();
    for (const a of this.assigns) if (a.op === '=') empties.set(a.path, (empties.get(a.path) !== false) && a.value.type === 'ObjectExpression' && a.value.properties.length === 0);
    for (const [name, ds] of this.decls) if (ds.length === 1 && ds[0].init && ds[0].init.type === 'ObjectExpression' && ds[0].init.properties.length === 0 && !empties.has(name)) empties.set(name, !this.writes.get(name));
    walk(this.ast, (n) => {
      if (this.missingKeyFound) return;
      const t = n.type === 'UpdateExpression' ? n.argument : n.type === 'AssignmentExpression' && ['+=', '-='].includes(n.operator) ? n.left : null;
      if (!t || t.type !== 'MemberExpression' || !t.computed || t.property.type === 'Literal' && typeof t.property.value === 'number') return;
      const path = memberPath(t.object);
      if (!path || !empties.get(path)) return;
      const esc = path.replace(/[.$]/g, (m) => '\\' + m);
      // a key given a value some other way: key = ..., || 0, ?? 0, in, hasOwnProperty, Object.assign, for ... of keys
      if (new RegExp(`${esc}\\s*\\[[^\\]]*\\]\\s*(=[^=]|\\|\\||\\?\\?)|\\bin\\s+${esc}\\b|${esc}\\s*\\.\\s*hasOwnProperty|Object\\.(assign|keys|entries|defineProperty)\\s*\\(\\s*${esc}\\b[^)]*,|${esc}\\s*=\\s*Object\\.|\\.\\.\\.\\s*${esc}\\b`).test(this.bare())) return;
      if (n.type === 'AssignmentExpression' && n.right.type !== 'Literal') return;
      this.missingKeyFound = true;
      const text = this.code.slice(n.start, n.end);
      const key = this.code.slice(t.property.start, t.property.end);
      this.add('wrong_argument', true, `${text} (line ${lineOf(n)}) counts in ${path}, made as {} with no keys: the first ${key} is undefined there, and undefined ${n.operator === '-=' || n.operator === '--' ? '-' : '+'} 1 is NaN, so every count is NaN (${path}[${key}] = (${path}[${key}] || 0) + 1)`, lineOf(n), `(${path}[${key}] || 0) + 1`);
    });
  }

  // endings written as { text: 'The end', choices: [] } and if (node.choices) { ... } else { ending }: an empty array
  // is true in a test, so the branch for no choices never runs (node.choices.length)
  emptyArrayTested() {
    const empty = new Map();
    const full = new Set();
    for (const p of this.props) {
      if (!p.value || p.value.type !== 'ArrayExpression') continue;
      if (p.value.elements.length === 0) { if (!empty.has(p.key)) empty.set(p.key, p.line); } else full.add(p.key);
    }
    if (!empty.size) return;
    walk(this.ast, (n) => {
      if (this.emptyArrayFound || (n.type !== 'IfStatement' && n.type !== 'ConditionalExpression')) return;
      let t = n.test;
      const negated = t.type === 'UnaryExpression' && t.operator === '!';
      if (negated) t = t.argument;
      if (t.type !== 'MemberExpression' || t.computed || !empty.has(t.property.name) || !full.has(t.property.name)) return;
      // the branch a missing list would take has to be there
      if (!negated && !n.alternate) return;
      const key = t.property.name;
      const base = this.code.slice(t.start, t.end);
      const esc = base.replace(/[.$]/g, (m) => '\\' + m);
      if (new RegExp(`${esc}\\s*=\\s*(null|undefined|false)\\b|delete\\s+${esc}\\b`).test(this.code)) return;
      this.emptyArrayFound = true;
      this.add('never_fires', true, `${negated ? '!' : ''}${base} (line ${lineOf(n)}) tests a list that is [] where there is none (${key}: [] at line ${empty.get(key)}), and an empty array is true in a test, so the branch for no ${key} never runs (${base}.length)`, lineOf(n), `${base}.length`);
    });
  }

  // const hour = (this.data.get('hour') || START_HOUR) + 1 with the hour stored as next % 24: hour 0 is a value, but
  // || takes it for a missing one and puts the default back, so 0 never lasts (?? START_HOUR)
  zeroTakenForMissing() {
    const GET = /(?:^|\.)(get|getData)$/;
    const wrapped = new Map(); // key -> line where it is stored as something % n or 0
    for (const c of this.calls) {
      if (!['set', 'setData'].includes(c.name) || c.n.arguments.length < 2 || c.n.arguments[0].type !== 'Literal') continue;
      const v = c.n.arguments[1];
      const vt = v.type === 'Identifier' ? (this.decls.get(v.name) || []).map((d) => d.init).filter(Boolean)[0] : v;
      if (vt && ((vt.type === 'BinaryExpression' && vt.operator === '%') || (vt.type === 'Literal' && vt.value === 0))) wrapped.set(String(c.n.arguments[0].value), lineOf(c.n));
    }
    for (const a of this.assigns) if (a.op === '=' && a.value.type === 'BinaryExpression' && a.value.operator === '%') wrapped.set(a.path, a.line);
    for (const a of this.assigns) if (a.op === '%=') wrapped.set(a.path, a.line);
    if (!wrapped.size) return;
    walk(this.ast, (n) => {
      if (this.zeroMissingFound || n.type !== 'LogicalExpression' || n.operator !== '||') return;
      const r = literalValue(n.right);
      const constName = n.right.type === 'Identifier' && /^[A-Z][A-Z0-9_]+$/.test(n.right.name);
      if (!(r.ok && typeof r.value === 'number' && r.value !== 0) && !constName) return;
      let key = null;
      const l = n.left;
      if (l.type === 'CallExpression' && GET.test(memberPath(l.callee) || '') && l.arguments.length === 1 && l.arguments[0].type === 'Literal') key = String(l.arguments[0].value);
      else if (l.type === 'MemberExpression') key = memberPath(l);
      if (!key || !wrapped.has(key)) return;
      this.zeroMissingFound = true;
      const text = this.code.slice(n.start, n.end);
      this.add('wrong_argument', true, `${text} (line ${lineOf(n)}): ${key} is stored as a remainder at line ${wrapped.get(key)}, so it can be 0, and || takes 0 for a missing value and puts ${this.code.slice(n.right.start, n.right.end)} back: 0 never lasts (${this.code.slice(l.start, l.end)} ?? ${this.code.slice(n.right.start, n.right.end)})`, lineOf(n), '??');
    });
  }

  // const size = config.size || 2 and spawnRock({ size: size - 1 }) under if (size > 0): size 0 is asked for, but ||
  // takes it for a missing one, so 2 comes back (config.size ?? 2)
  zeroOptionReplaced() {
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.zeroOptionFound || n.type !== 'LogicalExpression' || n.operator !== '||' || n.left.type !== 'MemberExpression' || n.left.computed || !ctx.fn) return;
      const r = literalValue(n.right);
      if (!r.ok || typeof r.value !== 'number' || r.value === 0) return;
      const param = n.left.object.type === 'Identifier' ? n.left.object.name : null;
      const fnName = ctx.roles[ctx.roles.length - 1];
      if (!param || !fnName || !ctx.fn.params.some((p) => p.type === 'Identifier' && p.name === param)) return;
      const opt = n.left.property.name;
      for (const c of this.calls) {
        if (c.name !== fnName || !c.n.arguments[0] || c.n.arguments[0].type !== 'ObjectExpression') continue;
        const p = c.n.arguments[0].properties.find((q) => q.type === 'Property' && !q.computed && q.key && (q.key.name || q.key.value) === opt);
        if (!p) continue;
        let zero = literalValue(p.value).ok && literalValue(p.value).value === 0;
        if (!zero && p.value.type === 'BinaryExpression' && p.value.operator === '-' && literalValue(p.value.right).value === 1) {
          // size - 1 under if (size > 0) / (size >= 1) / (size): size 0 can be asked for
          const v = this.code.slice(p.value.left.start, p.value.left.end).replace(/[.$]/g, (m) => '\\' + m);
          const fnText = c.ctx.fn ? this.code.slice(c.ctx.fn.start, c.n.start) : '';
          zero = new RegExp(`if\\s*\\(\\s*${v}\\s*(>\\s*0|>=\\s*1|!==?\\s*0)?\\s*\\)`).test(fnText);
        }
        if (!zero) continue;
        this.zeroOptionFound = true;
        const text = this.code.slice(n.start, n.end);
        this.add('wrong_argument', true, `${text} (line ${lineOf(n)}): ${fnName}() is asked for ${opt} ${this.code.slice(p.value.start, p.value.end)} at line ${lineOf(c.n)}, which can be 0, and || takes 0 for a missing value, so ${r.value} comes back instead (${this.code.slice(n.left.start, n.left.end)} ?? ${r.value})`, lineOf(n), '??');
        return;
      }
    });
  }

  // for (let a = -15; a < 15; a += 15): a spread from -15 that stops before +15 fires -15 and 0 only; the last step of
  // the fan is missing (a <= 15)
  lopsidedSpread() {
    walk(this.ast, (n) => {
      if (this.lopsidedFound || n.type !== 'ForStatement' || !n.init || n.init.type !== 'VariableDeclaration' || n.init.declarations.length !== 1) return;
      const d = n.init.declarations[0];
      if (d.id.type !== 'Identifier' || !n.test || n.test.type !== 'BinaryExpression' || n.test.operator !== '<' || n.test.left.type !== 'Identifier' || n.test.left.name !== d.id.name) return;
      const start = this.code.slice(d.init ? d.init.start : 0, d.init ? d.init.end : 0).replace(/\s+/g, '');
      const end = this.code.slice(n.test.right.start, n.test.right.end).replace(/\s+/g, '');
      if (start !== `-${end}` && !(start.startsWith('-(') && start === `-(${end})`)) return;
      const u = n.update;
      if (!u || u.type !== 'AssignmentExpression' || u.operator !== '+=' || u.left.type !== 'Identifier' || u.left.name !== d.id.name) return;
      const step = literalValue(u.right);
      const bound = literalValue(n.test.right);
      const stepText = this.code.slice(u.right.start, u.right.end).replace(/\s+/g, '');
      // the step divides the bound: the loop lands on 0 and would land on the bound itself
      if (bound.ok && step.ok) { if (!(step.value > 1 && bound.value % step.value === 0 && bound.value / step.value <= 6)) return; }
      else if (!(step.ok ? false : stepText === end)) return;
      this.lopsidedFound = true;
      this.add('wrong_argument', true, `for (let ${d.id.name} = ${start}; ${d.id.name} < ${end}; ${d.id.name} += ${stepText}) (line ${lineOf(n)}) starts at ${start} but stops before ${end}: the spread is lopsided, ${start} and 0 without ${end} (${d.id.name} <= ${end})`, lineOf(n), `${d.id.name} <= ${end}`);
    });
  }

  // this.roadCells.includes([col, row]): includes compares arrays by identity, and [col, row] is a new array, so it is
  // never found (some(([c, r]) => c === col && r === row))
  includesNewArray() {
    for (const c of this.calls) {
      if (c.name !== 'includes' || !c.n.arguments[0] || c.n.arguments[0].type !== 'ArrayExpression') continue;
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) looks for a new array, and includes() compares arrays by identity: it is never found, whatever the list holds (some((p) => p[0] === ... && p[1] === ...))`, lineOf(c.n), 'some(...)');
      return;
    }
  }

  // if (this.rain.on) with this.rain an emitter: since 3.60 an emitter's on is its event method, always there, so the
  // test is always true (this.rain.emitting)
  emitterOnAsFlag() {
    const emitters = new Set(this.assigns.filter((a) => a.value && a.value.type === 'CallExpression' && /add\.particles$/.test(memberPath(a.value.callee) || '')).map((a) => a.path));
    walk(this.ast, (n, parent) => {
      if (this.emitterOnFound || n.type !== 'MemberExpression' || n.computed || n.property.name !== 'on' || !emitters.has(memberPath(n.object))) return;
      if (parent && parent.type === 'CallExpression' && parent.callee === n) return;
      this.emitterOnFound = true;
      const owner = memberPath(n.object);
      const write = parent && parent.type === 'AssignmentExpression' && parent.left === n;
      this.add('never_fires', true, `${owner}.on (line ${lineOf(n)}) is the emitter's event method since 3.60, not whether it emits: ${write ? 'setting it does not start or stop anything' : 'as a test it is always true'} (${owner}.emitting, or start() / stop())`, lineOf(n), `${owner}.emitting`);
    });
  }

  // this.input.on('pointerdown', this.dropFood.bind(this)) and later this.input.off('pointerdown', this.dropFood.bind(this)):
  // each bind() makes a new function, so off() finds nothing to take off and the handler stays (on(..., fn, this) and
  // off(..., fn, this))
  offWithNewBinding() {
    for (const c of this.calls) {
      if (c.name !== 'off' || !c.n.arguments[1]) continue;
      const h = c.n.arguments[1];
      if (h.type !== 'CallExpression' || h.callee.type !== 'MemberExpression' || h.callee.property.name !== 'bind') continue;
      const fn = this.code.slice(h.callee.object.start, h.callee.object.end);
      this.add('never_fires', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) hands off() a new function: each bind() makes another one, so the listener added with ${fn}.bind(...) is never found and stays (on(event, ${fn}, this) and off(event, ${fn}, this), or keep the bound function)`, lineOf(c.n), `off(event, ${fn}, this)`);
      return;
    }
  }

  // this.heading = Angle.Wrap(this.heading + step) where heading is given to setAngle() (degrees): Wrap keeps an angle
  // in radians between -PI and PI, so the heading never gets past about 3 degrees (Angle.WrapDegrees)
  radianWrapOnDegrees() {
    walk(this.ast, (n) => {
      if (this.wrapDegFound || n.type !== 'AssignmentExpression' || n.operator !== '=' || n.right.type !== 'CallExpression' || !/Angle\.Wrap$/.test(memberPath(n.right.callee) || '')) return;
      const field = memberPath(n.left);
      if (!field) return;
      const esc = field.replace(/[.$]/g, (ch) => '\\' + ch);
      const deg = new RegExp(`(setAngle|\\.angle\\s*=)\\s*\\(?\\s*${esc}\\b|angle\\s*:\\s*${esc}\\b`).exec(this.code);
      if (!deg || new RegExp(`(DegToRad|RadToDeg)\\s*\\(\\s*${esc}`).test(this.code)) return;
      this.wrapDegFound = true;
      this.add('wrong_argument', true, `${this.code.slice(n.start, n.end)} (line ${lineOf(n)}) keeps ${field} between -PI and PI, an angle in radians, but ${field} is used in degrees (line ${this.code.slice(0, deg.index).split('\n').length}): it never turns past about 3 degrees (Phaser.Math.Angle.WrapDegrees)`, lineOf(n), 'Angle.WrapDegrees');
    });
  }

  // Phaser.Actions.ScaleXY(items, SIZE / TEXTURE_SIZE) in create(): ScaleXY adds to each scale, so 0.375 makes them
  // 1.375 times their size instead of 0.375 (Phaser.Actions.SetScale)
  scaleAddedForSet() {
    for (const c of this.calls) {
      if (c.name !== 'ScaleXY' || !/Actions$/.test(c.on || '') || !c.n.arguments[1] || c.ctx.roles.includes('update')) continue;
      const a = c.n.arguments[1];
      const v = this.numberOf(a);
      const ratio = a.type === 'BinaryExpression' && a.operator === '/';
      if (!(ratio || (v !== null && v > 0 && v < 1))) continue;
      let looped = false;
      walk(c.ctx.fn ? c.ctx.fn.body : this.ast, (l) => { if (/^(For|ForOf|ForIn|While)Statement$/.test(l.type) && l.start < c.n.start && c.n.end < l.end) looped = true; });
      if (looped || c.ctx.handedTo.some(Boolean)) continue;
      // made once while the scene is set up: a size being given; in a function run on input or a timer it may be
      // the growth itself (each press adds 0.25)
      const role = c.ctx.roles[c.ctx.roles.length - 1];
      if (c.ctx.roles.length && !['create', 'init', 'constructor'].includes(role)) continue;
      this.add('wrong_argument', true, `${this.code.slice(c.n.start, c.n.end)} (line ${lineOf(c.n)}) adds ${this.code.slice(a.start, a.end)} to each scale (1 + ${this.code.slice(a.start, a.end)}), it does not set it: the items grow instead of taking that size (Phaser.Actions.SetScale)`, lineOf(c.n), 'Phaser.Actions.SetScale');
      return;
    }
  }

  // if (this.cursors.left.isDown) this.shift(-1) in update(), where shift moves a grid index (piece.col += dx): isDown
  // holds on every frame the key is down, so a tap of a few frames moves several cells, about 60 a second held
  // (Phaser.Input.Keyboard.JustDown(key), or a keydown-LEFT handler)
  heldKeyStepsEveryFrame() {
    const GRID_FIELD = /^(col|row|column|cell|lane|gridX|gridY|gx|gy|cx|cy|tileX|tileY|slot|cellX|cellY)s?$/i;
    const GRID_SIZE = /^(CELL|TILE|GRID|LANE|BLOCK)(_?SIZE|_?W(IDTH)?|_?H(EIGHT)?)?$|^(CELL|TILE|GRID)\w*$/i;
    const TIMED = /\b(time|now|delta|elapsed)\b|last\w*|next\w*|cool\w*|\w*[Tt]imer\b|\w*[Dd]elay\b|wait\w*|tick\w*|repeat/;
    // a grid step: col += 1 / col-- / col += dx (dx a parameter named in `params`) / x += CELL
    const stepOf = (st, params) => {
      const e = st && st.type === 'ExpressionStatement' ? st.expression : st;
      if (!e) return null;
      const target = e.type === 'UpdateExpression' ? e.argument : e.type === 'AssignmentExpression' && ['+=', '-='].includes(e.operator) ? e.left : null;
      const path = target && memberPath(target);
      if (!path) return null;
      const field = path.split('.').pop();
      if (GRID_FIELD.test(field) && (e.type === 'UpdateExpression' || Math.abs(this.numberOf(e.right) || 0) === 1 || (e.right.type === 'Identifier' && params.includes(e.right.name)))) return path;
      if (/^(x|y)$/.test(field) && e.type === 'AssignmentExpression' && e.right.type === 'Identifier' && GRID_SIZE.test(e.right.name) && (this.numberOf(e.right) || 0) >= 8) return path;
      return null;
    };
    const stepsIn = (body, params) => {
      let found = null;
      walk(body, (n, parent, key, ctx) => { if (!found && !ctx.fn && (n.type === 'ExpressionStatement')) found = stepOf(n, params); });
      return found;
    };
    walk(this.ast, (n, parent, key, ctx) => {
      if (this.heldStepFound || n.type !== 'IfStatement' || ctx.roles[ctx.roles.length - 1] !== 'update') return;
      const test = n.test;
      if (test.type !== 'MemberExpression' || test.computed || test.property.name !== 'isDown') return;
      const fnText = this.code.slice(ctx.fn.start, ctx.fn.end);
      if (TIMED.test(this.code.slice(ctx.fn.body.start, ctx.fn.body.end)) || /JustDown|checkDown|getDuration/.test(fnText)) return;
      const body = n.consequent.type === 'BlockStatement' && n.consequent.body.length === 1 ? n.consequent.body[0] : n.consequent;
      let moved = stepOf(body, []);
      if (!moved && body.type === 'ExpressionStatement' && body.expression.type === 'CallExpression') {
        const callee = body.expression.callee;
        const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed ? callee.property.name : null;
        const fn = name ? this.namedFunction(name) : null;
        if (fn && !TIMED.test(this.code.slice(fn.body.start, fn.body.end))) moved = stepsIn(fn.body, fn.params.filter((p) => p.type === 'Identifier').map((p) => p.name));
      }
      if (!moved) return;
      this.heldStepFound = true;
      const held = this.code.slice(test.start, test.end);
      this.add('never_fires', true, `${this.code.slice(n.start, body.end).split('\n')[0]} (line ${lineOf(n)}) in update(): ${held} holds on every frame the key is down, so one press moves ${moved} by a cell on each of those frames (several for a tap, about 60 a second held), not one (Phaser.Input.Keyboard.JustDown(${held.replace(/\.isDown$/, '')}), or a keydown handler)`, lineOf(n), 'Phaser.Input.Keyboard.JustDown');
    });
  }
}

// the findings, and the facts collected on the way (calls, assignments, declarations) for the other whole-program passes
function gameStateFindings(ast, groupFetches, code) {
  const state = new GameState(ast, groupFetches, code);
  return { findings: state.run(), facts: state };
}

module.exports = { GameState, gameStateFindings, walk, memberPath, lineOf, literalValue };

// Hot potato for two players on one keyboard: the holder passes the potato with their key (A = left, L = right), a hidden 4-8 s fuse blows up and the player holding it loses the round; first to 3 round wins takes the match.
const NAMES = ['Left', 'Right'];
const SEATS = [200, 600];
const WINS_NEEDED = 3;

function startRound(scene) {
  scene.live = true;
  scene.holder = Phaser.Math.Between(0, 1);
  scene.potato.setPosition(SEATS[scene.holder], 260).setVisible(true);
  scene.banner.setText(`${NAMES[scene.holder]} starts with the potato!`);
  scene.fuse = scene.time.delayedCall(Phaser.Math.Between(4000, 8000), () => explode(scene));
}

function pass(scene, from) {
  if (!scene.live || scene.holder !== from) return;
  scene.holder = 1 - from;
  scene.banner.setText(`${NAMES[scene.holder]} has it - pass it back!`);
  scene.tweens.add({ targets: scene.potato, x: SEATS[scene.holder], duration: 180, ease: 'Sine.easeOut' });
}

function explode(scene) {
  scene.live = false;
  scene.wins[1 - scene.holder]++;
  scene.potato.setVisible(false);
  scene.burst.setPosition(SEATS[scene.holder], 260).setScale(0.2).setAlpha(1).setVisible(true);
  scene.tweens.add({ targets: scene.burst, scale: 2.5, alpha: 0, duration: 600 });
  scene.scoreText.setText(`${scene.wins[0]}  :  ${scene.wins[1]}`);
  const champ = scene.wins.findIndex(w => w >= WINS_NEEDED);
  if (champ !== -1) {
    scene.banner.setText(`BOOM! ${NAMES[champ]} wins the match! (SPACE to play again)`);
    scene.matchOver = true;
  } else {
    scene.banner.setText(`BOOM! ${NAMES[scene.holder]} got burnt.`);
    scene.time.delayedCall(1500, () => startRound(scene));
  }
}

const HotPotato = {
  key: 'HotPotato',

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xc68642).fillEllipse(30, 22, 60, 44);
    g.fillStyle(0x8d5524).fillCircle(18, 16, 4).fillCircle(38, 28, 3).fillCircle(44, 14, 3);
    g.generateTexture('potato', 60, 44);
    g.clear().fillStyle(0xffaa00).fillCircle(40, 40, 40).fillStyle(0xff3300).fillCircle(40, 40, 24);
    g.generateTexture('boom', 80, 80);
    g.destroy();

    SEATS.forEach((x, i) => {
      this.add.circle(x, 380, 50, i === 0 ? 0x4cc9f0 : 0xf72585);
      this.add.text(x, 460, `${NAMES[i]} (${i === 0 ? 'A' : 'L'})`, { fontSize: '22px' }).setOrigin(0.5);
    });

    this.wins = [0, 0];
    this.matchOver = false;
    this.potato = this.add.image(SEATS[0], 260, 'potato');
    this.burst = this.add.image(0, 0, 'boom').setVisible(false);
    this.scoreText = this.add.text(400, 60, '0  :  0', { fontSize: '40px', color: '#ffd166' }).setOrigin(0.5);
    this.banner = this.add.text(400, 140, '', { fontSize: '24px' }).setOrigin(0.5);

    this.input.keyboard.on('keydown-A', () => pass(this, 0));
    this.input.keyboard.on('keydown-L', () => pass(this, 1));
    this.input.keyboard.on('keydown-SPACE', () => {
      if (this.matchOver) this.scene.restart();
    });

    startRound(this);
  },

  update() {
    if (this.live && this.fuse) {
      const shake = this.fuse.getProgress() * 4;
      this.potato.setAngle(Phaser.Math.FloatBetween(-shake, shake) * 5);
    }
  }
};

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 520,
  backgroundColor: '#2b2d42',
  scene: HotPotato
});

// Side-scrolling platformer (1600 px level, the camera follows): Left/Right run, UP jumps over the pits. Three checkpoint flags turn green when touched; falling into a pit respawns you at the furthest flag you have touched (or at the start if none), and the HUD counts your falls. Touch the gold goal post at the far right to win.
const LEVEL_W = 1600;
const GROUND_TOP = 560;
const SEGMENTS = [[0, 320], [430, 720], [830, 1120], [1230, 1600]];
const FLAG_XS = [520, 930, 1330];

class Run extends Phaser.Scene {
  constructor() {
    super('Run');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0x7bd389).fillRect(0, 0, 24, 40).generateTexture('runner', 24, 40).clear();
    g.fillStyle(0x5a4632).fillRect(0, 0, 32, 32).fillStyle(0x4caf50).fillRect(0, 0, 32, 6).generateTexture('turf', 32, 32).clear();
    g.fillStyle(0xffffff).fillRect(0, 0, 4, 60).fillTriangle(4, 2, 34, 14, 4, 26).generateTexture('cpflag', 34, 60).clear();
    g.fillStyle(0xffd447).fillRect(0, 0, 14, 90).generateTexture('goalpost', 14, 90);
    g.destroy();

    this.falls = 0;
    this.finished = false;
    this.physics.world.setBounds(0, 0, LEVEL_W, 600, true, true, true, false);

    const ground = this.physics.add.staticGroup();
    SEGMENTS.forEach(([from, to]) => {
      const seg = ground.create((from + to) / 2, GROUND_TOP + 20, 'turf');
      seg.setDisplaySize(to - from, 40).refreshBody();
    });

    this.flags = this.physics.add.staticGroup();
    FLAG_XS.forEach((x) => {
      const flag = this.flags.create(x, GROUND_TOP - 30, 'cpflag').setTint(0x888888);
      flag.setData('lit', false);
    });
    const goal = this.physics.add.staticImage(LEVEL_W - 40, GROUND_TOP - 45, 'goalpost');

    this.player = this.physics.add.sprite(60, GROUND_TOP - 20, 'runner').setCollideWorldBounds(true);
    this.physics.add.collider(this.player, ground);
    this.physics.add.overlap(this.player, this.flags, this.touchFlag, null, this);
    this.physics.add.overlap(this.player, goal, this.reachGoal, null, this);

    this.cameras.main.setBounds(0, 0, LEVEL_W, 600);
    this.cameras.main.startFollow(this.player, true, 0.1, 0.1);

    this.hud = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' }).setScrollFactor(0);
    this.popup = this.add.text(400, 120, '', { fontSize: '28px', color: '#7CFC00' }).setOrigin(0.5).setScrollFactor(0);
    this.refreshHud();

    this.cursors = this.input.keyboard.createCursorKeys();
  }

  touchFlag(player, flag) {
    if (flag.getData('lit')) return;
    flag.setData('lit', true);
    flag.setTint(0x44ff66);
    this.popup.setText('Checkpoint!').setAlpha(1);
    this.tweens.add({ targets: this.popup, alpha: 0, delay: 600, duration: 400 });
    this.refreshHud();
  }

  reachGoal() {
    if (this.finished) return;
    this.finished = true;
    this.physics.pause();
    this.add.text(400, 260, 'GOAL!\nFalls: ' + this.falls, { fontSize: '48px', color: '#ffd447', align: 'center' })
      .setOrigin(0.5).setScrollFactor(0);
  }

  respawn() {
    this.falls += 1;
    const lit = this.flags.getChildren().find((f) => f.getData('lit'));
    const x = lit ? lit.x : 60;
    this.player.body.reset(x, GROUND_TOP - 20);
    this.tweens.add({ targets: this.player, alpha: 0.2, duration: 120, yoyo: true, repeat: 2 });
    this.refreshHud();
  }

  refreshHud() {
    const lit = this.flags.getChildren().filter((f) => f.getData('lit')).length;
    this.hud.setText('Falls: ' + this.falls + '    Flags: ' + lit + '/' + FLAG_XS.length);
  }

  update() {
    if (this.finished) return;
    if (this.player.y > 650) {
      this.respawn();
      return;
    }
    if (this.cursors.left.isDown) this.player.setVelocityX(-220);
    else if (this.cursors.right.isDown) this.player.setVelocityX(220);
    else this.player.setVelocityX(0);
    if (Phaser.Input.Keyboard.JustDown(this.cursors.up) && this.player.body.blocked.down) this.player.setVelocityY(-520);
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#87b5d8',
  physics: { default: 'arcade', arcade: { gravity: { y: 1000 } } },
  scene: Run
};

new Phaser.Game(config);

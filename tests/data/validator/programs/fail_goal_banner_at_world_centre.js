// Run right across a long level (arrow keys, UP to jump) and touch the goal post: a "GOAL!" banner shows in the middle of the screen.
const LEVEL_W = 3200;
class Run extends Phaser.Scene {
  constructor() { super('run'); }
  preload() {}
  create() {
    this.physics.world.setBounds(0, 0, LEVEL_W, 600);
    this.floor = this.physics.add.staticGroup();
    this.floor.add(this.add.rectangle(LEVEL_W / 2, 590, LEVEL_W, 20, 0x4caf50));
    this.hero = this.add.rectangle(80, 540, 24, 32, 0xffffff);
    this.physics.add.existing(this.hero);
    this.hero.body.setCollideWorldBounds(true);
    this.goal = this.add.rectangle(LEVEL_W - 120, 500, 12, 160, 0xffeb3b);
    this.physics.add.existing(this.goal, true);
    this.physics.add.collider(this.hero, this.floor);
    this.physics.add.overlap(this.hero, this.goal, this.reachGoal, null, this);
    this.cameras.main.setBounds(0, 0, LEVEL_W, 600);
    this.cameras.main.startFollow(this.hero);
    this.keys = this.input.keyboard.createCursorKeys();
  }
  reachGoal() {
    if (this.done) return;
    this.done = true;
    this.physics.pause();
    this.add.text(400, 300, 'GOAL!', { fontSize: '64px', color: '#ffeb3b' }).setOrigin(0.5);
  }
  update() {
    this.hero.body.setVelocityX(this.keys.left.isDown ? -260 : this.keys.right.isDown ? 260 : 0);
    if (this.keys.up.isDown && this.hero.body.blocked.down) this.hero.body.setVelocityY(-420);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 800 } } }, scene: Run });

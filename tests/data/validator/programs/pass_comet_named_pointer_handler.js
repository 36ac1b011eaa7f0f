// A comet eases toward the mouse pointer
class CometScene extends Phaser.Scene {
  create() {
    this.comet = this.add.circle(400, 300, 12, 0xffcc33);
    this.goal = new Phaser.Math.Vector2(400, 300);
    const aim = (pointer) => this.goal.set(pointer.worldX, pointer.worldY);
    this.input.on(Phaser.Input.Events.POINTER_MOVE, aim);
  }
  update(time, delta) {
    this.comet.x = Phaser.Math.Linear(this.comet.x, this.goal.x, 0.08);
    this.comet.y = Phaser.Math.Linear(this.comet.y, this.goal.y, 0.08);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: CometScene });

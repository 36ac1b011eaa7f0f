// No preload(): the task adds an empty one. A circle with a marker line turns every frame.
class Spinner extends Phaser.Scene
{
    create ()
    {
        this.wheel = this.add.graphics({ x: 400, y: 300 });
        this.wheel.fillStyle(0xffd93d, 1);
        this.wheel.fillCircle(0, 0, 80);
        this.wheel.lineStyle(6, 0x2d2d2d, 1);
        this.wheel.lineBetween(0, 0, 80, 0);
    }

    update (time, delta)
    {
        this.wheel.rotation += Phaser.Math.DegToRad(90 * delta / 1000);
    }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Spinner });
